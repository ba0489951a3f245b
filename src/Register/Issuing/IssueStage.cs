namespace Supervision.Register;

/// <summary>Points of issuing where a test can inject a failure (a crash drill): the first lies before the
/// write transaction, the others after some writes and before the commit.</summary>
internal enum IssueStage
{
    /// <summary>The act is numbered and rendered outside the transaction; nothing is written yet.</summary>
    Rendered,

    /// <summary>The office is registered and the counter advanced.</summary>
    Numbered,

    /// <summary>The act row is written.</summary>
    ActStored,

    /// <summary>Documents, template versions and the audit entry are written; the commit is next.</summary>
    BeforeCommit,
}
