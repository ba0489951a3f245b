namespace Supervision.Api.Register;

/// <summary>The first place the audit trail or the rows do not hold.</summary>
/// <param name="Seq">The entry concerned, or null where a row has no entry at all.</param>
/// <param name="Subject">What it is about: a registration number, or a template's path and version.</param>
/// <param name="Reason">What is wrong, in a line.</param>
public sealed record AuditBreakView(long? Seq, string Subject, string Reason);
