namespace Supervision.Register;

/// <summary>Whose acts to watch and as of when, and which page of each list.</summary>
/// <param name="OfficeCode">One office, or every office.</param>
/// <param name="Prosecutor">One prosecutor, or every one; compared in the names' normal form (<see cref="NameKey"/>).</param>
/// <param name="AsOf">The day to look from; today (the register's clock, UTC+5 Kazakhstan time) where not given.</param>
/// <param name="DueSoonDays">An open act is due soon when its due date is from <paramref name="AsOf"/> to <paramref name="AsOf"/> plus this many days, both included.</param>
public sealed record ControlQuery(string? OfficeCode = null, string? Prosecutor = null, DateOnly? AsOf = null, int DueSoonDays = 7)
{
    /// <summary>The most acts one page of a list holds.</summary>
    public const int MaxLimit = RegisterQuery.MaxLimit;

    /// <summary>At most this many acts of each list (1 to <see cref="MaxLimit"/>; 100 by default); the counts cover them all.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Skip this many overdue acts first.</summary>
    public int OverdueOffset { get; init; }

    /// <summary>Skip this many acts due soon first.</summary>
    public int DueSoonOffset { get; init; }
}
