namespace Supervision.Register;

/// <summary>Whose acts to watch and as of when.</summary>
/// <param name="OfficeCode">One office, or every office.</param>
/// <param name="Prosecutor">One prosecutor, or every one.</param>
/// <param name="AsOf">The day to look from; today (the register's clock, UTC+5 Kazakhstan time) where not given.</param>
/// <param name="DueSoonDays">An open act is due soon when its due date is from <paramref name="AsOf"/> to <paramref name="AsOf"/> plus this many days, both included.</param>
public sealed record ControlQuery(string? OfficeCode = null, string? Prosecutor = null, DateOnly? AsOf = null, int DueSoonDays = 7);
