namespace Supervision.Register;

/// <summary>Which tracked proceedings a list shows, a page at a time, ordered by id.</summary>
public sealed record ProceedingQuery
{
    /// <summary>The most a page holds.</summary>
    public const int MaxLimit = 500;

    /// <summary>One office and those below it; every office the caller reads by default.</summary>
    public string? OfficeCode { get; init; }

    /// <summary>One category.</summary>
    public ProceedingCategory? Category { get; init; }

    /// <summary>Only those in execution on some day from this one (not ended before it).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only those opened on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>At most this many (1 to <see cref="MaxLimit"/>).</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Skip this many.</summary>
    public int Offset { get; init; }
}
