using Supervision.Acts;
using Supervision.Law;

namespace Supervision.Validation.Rules;

/// <summary>
/// A regional prosecutor's information to the General Prosecutor's Office (p. 11, 12) covers a period that has
/// ended by the act's date (a check's dates in order, a quarter 1 to 4, a year within the policy's dates); it
/// concerns no single enforcement proceeding; its tables hold counts and sums that cannot be negative; and it is
/// warned of when dated after the day its legal frame makes it due.
/// </summary>
internal sealed class PeriodicReportRule(LegalFrames frames) : IActRule
{
    public void Check(ValidationContext context)
    {
        var act = context.Act;
        switch (act)
        {
            case CheckReport report:
                CheckDates(context, report);
                CheckActs(context, "acts", report.Acts);
                break;
            case QuarterlyAnalysis analysis:
                CheckQuarter(context, analysis);
                CheckActs(context, "acts", analysis.Acts);
                CheckRecoveries(context, "recoveries", analysis.Recoveries);
                break;
            case AnnualSummary summary:
                CheckYear(context, summary.Year, quarter: null);
                CheckRecoveries(context, "stateRevenueFigures", summary.StateRevenueFigures);
                CheckRecoveries(context, "prosecutorClaimFigures", summary.ProsecutorClaimFigures);
                break;
            default:
                return;
        }

        if (act.Proceeding is not null)
        {
            context.Report("proceeding", ValidationCodes.NotApplicable, "not-applicable.proceeding.report");
        }

        if (act.Date is { } date && DeliveryTerms.Due(act, frames) is { } due && date > due)
        {
            context.Warn("date", ValidationCodes.DeliveryLate, values: [("date", date), ("due", due)]);
        }
    }

    private static void CheckDates(ValidationContext context, CheckReport report)
    {
        NotAfter(context, "periodStart", report.PeriodStart, "periodEnd", report.PeriodEnd);
        NotAfter(context, "periodEnd", report.PeriodEnd, "checkEnd", report.CheckEnd);
        NotAfter(context, "checkStart", report.CheckStart, "checkEnd", report.CheckEnd);
        NotAfter(context, "checkEnd", report.CheckEnd, "date", report.Date);
    }

    /// <summary>The earlier date must not fall after the later one.</summary>
    private static void NotAfter(ValidationContext context, string path, DateOnly? value, string otherPath, DateOnly? other)
    {
        if (value is { } earlier && other is { } later && earlier > later)
        {
            context.Report(
                path,
                ValidationCodes.DateOrder,
                "date-order.not-after",
                ("value", earlier),
                ("other", context.Messages.Label(otherPath)),
                ("otherValue", later));
        }
    }

    private static void CheckQuarter(ValidationContext context, QuarterlyAnalysis analysis)
    {
        if (analysis.Quarter is { } quarter and (< 1 or > 4))
        {
            context.Report("quarter", ValidationCodes.OutOfRange, values: [("value", quarter), ("min", 1), ("max", 4)]);
            return;
        }

        CheckYear(context, analysis.Year, analysis.Quarter);
    }

    /// <summary>The year lies within the policy's dates and the period has ended before the act's date.</summary>
    private static void CheckYear(ValidationContext context, int? year, int? quarter)
    {
        if (year is not { } given)
        {
            return;
        }

        var earliest = context.Policy.Dates.OtherEarliest.Year;
        if (given < earliest)
        {
            context.Report("year", ValidationCodes.OutOfRange, "out-of-range.year", ("value", given), ("min", earliest));
            return;
        }

        // A year after the act's never ended before it; comparing years first keeps 9999 from making a date.
        var end = context.Act.Date is { } date && given <= date.Year ? DeliveryTerms.PeriodEnd(context.Act) : null;
        if (context.Act.Date is { } dated && (given > dated.Year || end is { } last && last >= dated))
        {
            context.Report(
                quarter is null ? "year" : "quarter",
                ValidationCodes.DateOrder,
                quarter is null ? "date-order.year-not-ended" : "date-order.quarter-not-ended",
                ("year", given),
                ("quarter", quarter ?? 0),
                ("date", dated));
        }
    }

    private static void CheckActs(ValidationContext context, string path, IReadOnlyList<ActFigures>? rows)
    {
        for (var index = 0; index < (rows?.Count ?? 0); index++)
        {
            var row = rows![index];
            NotNegative(context, $"{path}[{index}].brought", row.Brought);
            NotNegative(context, $"{path}[{index}].considered", row.Considered);
            NotNegative(context, $"{path}[{index}].executed", row.Executed);
            NotNegative(context, $"{path}[{index}].overdue", row.Overdue);
        }
    }

    private static void CheckRecoveries(ValidationContext context, string path, IReadOnlyList<RecoveryFigures>? rows)
    {
        for (var index = 0; index < (rows?.Count ?? 0); index++)
        {
            var row = rows![index];
            NotNegative(context, $"{path}[{index}].documents", row.Documents);
            Sum(context, $"{path}[{index}].amount", row.Amount);
            Sum(context, $"{path}[{index}].recovered", row.Recovered);
        }
    }

    private static void NotNegative(ValidationContext context, string path, int? count)
    {
        if (count is < 0)
        {
            context.Report(path, ValidationCodes.OutOfRange, "out-of-range.negative", ("value", count.Value));
        }
    }

    /// <summary>A sum in a table, held to what <see cref="AmountRule"/> holds the proceeding's sum to.</summary>
    private static void Sum(ValidationContext context, string path, decimal? amount)
    {
        if (amount is not { } sum)
        {
            return;
        }

        if (sum < 0)
        {
            context.Report(path, ValidationCodes.AmountNegative);
        }
        else if (sum > AmountLimits.Largest)
        {
            context.Report(path, ValidationCodes.AmountTooLarge, values: [("max", AmountLimits.LargestPrinted)]);
        }

        if (decimal.Round(sum, 2) != sum)
        {
            context.Report(path, ValidationCodes.AmountPrecision);
        }
    }
}
