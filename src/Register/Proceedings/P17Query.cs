namespace Supervision.Register;

/// <summary>Which tracked proceedings p. 17's indicators count: those of an office and the offices below it
/// (or every office the caller reads) that were in execution on some day of the period.</summary>
/// <param name="OfficeCode">One office and those below it, or every office.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period.</param>
public sealed record P17Query(string? OfficeCode, DateOnly From, DateOnly To);
