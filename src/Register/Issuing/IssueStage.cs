namespace Supervision.Register;

/// <summary>Points inside the issuing transaction where a test can inject a failure (a crash drill):
/// each lies after some writes and before the commit.</summary>
internal enum IssueStage
{
    /// <summary>The office is registered and the counter advanced.</summary>
    Numbered,

    /// <summary>The act row is written.</summary>
    ActStored,

    /// <summary>Documents, template versions and the audit entry are written; the commit is next.</summary>
    BeforeCommit,
}
