namespace Supervision.Register;

/// <summary>A tracked enforcement proceeding as the register keeps it: the entry, its id, and who entered and last changed it.</summary>
/// <param name="Id">The register's id.</param>
/// <param name="Entry">What was entered (office, number, category, figures, linked acts).</param>
/// <param name="EnteredBy">Who entered it.</param>
/// <param name="EnteredAt">When.</param>
/// <param name="ChangedBy">Who changed it last, where anyone has.</param>
/// <param name="ChangedAt">When.</param>
public sealed record TrackedProceeding(long Id, ProceedingEntry Entry, string EnteredBy, DateTimeOffset EnteredAt, string? ChangedBy, DateTimeOffset? ChangedAt);
