namespace Supervision.Register;

/// <summary>Points of issuing where a test can inject a failure (a crash drill): the first lies before the
/// write transaction, the others after some writes and before the commit.</summary>
internal enum IssueStage
{
    /// <summary>The act is numbered and rendered outside the transaction; nothing is written yet.</summary>
    Rendered,

    /// <summary>The office is registered and the counter advanced.</summary>
    Numbered,

    /// <summary>The act's row is written, with its documents, template versions and audit entry (one command), and
    /// whatever the issuing decision writes with them (a draft's change and its entry).</summary>
    ActStored,

    /// <summary>Everything is written; the commit is next.</summary>
    BeforeCommit,
}
