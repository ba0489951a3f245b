namespace Supervision.Register;

/// <summary>A held check as the register keeps it: the entry, its id, and who recorded it when.</summary>
/// <param name="Id">The register's id.</param>
/// <param name="Entry">What was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="RecordedAt">When.</param>
public sealed record HeldCheck(long Id, HeldCheckEntry Entry, string RecordedBy, DateTimeOffset RecordedAt);
