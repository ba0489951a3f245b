namespace Supervision.Validation;

/// <summary>
/// How far an act's dates may lie from today: the "dates" section of act-policy.json, which a lawyer edits.
/// </summary>
/// <param name="ActEarliest">The earliest date an act may bear.</param>
/// <param name="ActDaysAhead">How many calendar days after today (in Kazakhstan) an act may be dated; up to
/// that it is only warned of (<see cref="ValidationCodes.DateInFuture"/>), beyond it refused.</param>
/// <param name="OtherEarliest">The earliest date any other date of the act may be.</param>
/// <param name="OtherDaysAhead">How many calendar days after today any other date of the act (a deadline) may be.</param>
public sealed record DateBounds(DateOnly ActEarliest, int ActDaysAhead, DateOnly OtherEarliest, int OtherDaysAhead)
{
    /// <summary>The latest date an act may bear when today is <paramref name="today"/>.</summary>
    public DateOnly ActLatest(DateOnly today) => Ahead(today, ActDaysAhead);

    /// <summary>The latest any other date of the act may be when today is <paramref name="today"/>.</summary>
    public DateOnly OtherLatest(DateOnly today) => Ahead(today, OtherDaysAhead);

    private static DateOnly Ahead(DateOnly today, int days) =>
        DateOnly.FromDayNumber(Math.Min(today.DayNumber + days, DateOnly.MaxValue.DayNumber));
}
