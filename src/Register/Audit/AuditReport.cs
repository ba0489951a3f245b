namespace Supervision.Register;

/// <summary>What <c>audit verify</c> found.</summary>
/// <param name="Entries">The number of entries in the chain.</param>
/// <param name="HeadHash">The hash of the last entry (keep it elsewhere to detect a later truncation of the chain's tail).</param>
/// <param name="Broken">The first break found, or null when the chain and the rows hold.</param>
/// <param name="Checkpoint">Where the chain holds, its head signed with the audit key: a line to keep outside the database.</param>
public sealed record AuditReport(long Entries, string HeadHash, AuditBreak? Broken, AuditCheckpoint? Checkpoint = null)
{
    /// <summary>Whether the chain holds and every stored row agrees with its entries.</summary>
    public bool Holds => Broken is null;
}

/// <summary>The first place the trail or the rows do not hold.</summary>
/// <param name="Seq">The entry concerned (the first one broken), or null where a row has no entry at all.</param>
/// <param name="Subject">What it is about: the entry's subject or the row's registration number or path.</param>
/// <param name="Reason">What is wrong, in a line.</param>
public sealed record AuditBreak(long? Seq, string Subject, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Seq is { } seq ? $"entry {seq} ({Subject}): {Reason}" : $"{Subject}: {Reason}";
}
