namespace Supervision.Api.Register;

/// <summary>The audit trail holds: every entry chains the one before, and every stored act, status and template version agrees with its entries.</summary>
/// <param name="Holds">Always true (a broken chain is a 409 problem instead).</param>
/// <param name="Entries">The number of entries in the chain.</param>
/// <param name="HeadHash">The hash of the last entry: keep it elsewhere and pass it back as <c>expectedHead</c> to detect a later truncation of the chain's tail.</param>
/// <param name="Checkpoint">The head signed with the audit key (count, hash, time, MAC), one line: keep it outside the database
/// and pass it back as <c>checkpoint</c> to detect a later truncation or rewrite, even by someone holding the key.</param>
public sealed record AuditResult(bool Holds, long Entries, string HeadHash, string Checkpoint);
