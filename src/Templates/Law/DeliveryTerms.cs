using Supervision.Acts;

namespace Supervision.Law;

/// <summary>
/// When a regional prosecutor's information is due at the General Prosecutor's Office (p. 11, 12): by the day of
/// the month after its period that the legal frame's "delivery" term names (the 7th in the seed's frame). The period
/// of a check report ends with the check; of a quarterly analysis, with the quarter; of an annual summary, with the
/// year. The day is kept as named even when it is a day off (7 January is a holiday): the Instruction names a day,
/// not a count of days.
/// </summary>
public static class DeliveryTerms
{
    /// <summary>The last day of the period the information covers; null where the act is not such information,
    /// lacks the fields, or names a quarter or year that no date can hold.</summary>
    public static DateOnly? PeriodEnd(Act act) => act switch
    {
        CheckReport report => report.CheckEnd,
        QuarterlyAnalysis { Year: { } year, Quarter: { } quarter } when IsDateYear(year) && quarter is >= 1 and <= 4 =>
            new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1),
        AnnualSummary { Year: { } year } when IsDateYear(year) => new DateOnly(year, 12, 31),
        _ => null,
    };

    /// <summary>The day the information is due: the delivery term's day of the month after the period's end; null
    /// where there is no period end, the act's date falls in no frame, or the day lies beyond the last date.</summary>
    public static DateOnly? Due(Act act, LegalFrames frames)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(frames);
        if (PeriodEnd(act) is not { } end || frames.For(act) is not { } frame || end.Year == DateOnly.MaxValue.Year && end.Month == 12)
        {
            return null;
        }

        var day = frame.Term(LegalFrames.DeliveryTerm).Days;
        var nextMonth = new DateOnly(end.Year, end.Month, 1).AddMonths(1);
        return nextMonth.AddDays(day - 1);
    }

    private static bool IsDateYear(int year) => year >= DateOnly.MinValue.Year && year <= DateOnly.MaxValue.Year;
}
