namespace Supervision.Register;

/// <summary>Which held checks a list shows, a page at a time, the latest check first.</summary>
public sealed record HeldCheckQuery
{
    /// <summary>The most a page holds.</summary>
    public const int MaxLimit = 500;

    /// <summary>One office and those below it; every office the caller reads by default.</summary>
    public string? OfficeCode { get; init; }

    /// <summary>At most this many (1 to <see cref="MaxLimit"/>).</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Skip this many.</summary>
    public int Offset { get; init; }
}
