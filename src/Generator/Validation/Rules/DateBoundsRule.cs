namespace Supervision.Validation.Rules;

/// <summary>
/// Every date of the act lies within the policy's bounds (<see cref="ActPolicy.Dates"/>): the act's own date
/// not before the earliest act date nor more than the allowed days after today; every other date within the
/// outer bounds, so that a date at the calendar's edge (9999-12-31) never reaches a term computed from it.
/// </summary>
internal sealed class DateBoundsRule : IActRule
{
    public void Check(ValidationContext context)
    {
        var bounds = context.Policy.Dates;
        foreach (var field in context.Fields)
        {
            if (field.Value is not DateOnly day)
            {
                continue;
            }

            if (field.Path == "date")
            {
                CheckActDate(context, bounds, day);
            }
            else if (day < bounds.OtherEarliest)
            {
                context.Report(field.Path, ValidationCodes.DateOutOfRange, "date-out-of-range.early", ("value", day), ("earliest", bounds.OtherEarliest));
            }
            else if (day > bounds.OtherLatest(context.Today))
            {
                context.Report(field.Path, ValidationCodes.DateOutOfRange, "date-out-of-range.late", ("value", day), ("latest", bounds.OtherLatest(context.Today)));
            }
        }
    }

    private static void CheckActDate(ValidationContext context, DateBounds bounds, DateOnly date)
    {
        if (date < bounds.ActEarliest)
        {
            context.Report("date", ValidationCodes.DateOutOfRange, "date-out-of-range.act-early", ("date", date), ("earliest", bounds.ActEarliest));
        }
        else if (date > bounds.ActLatest(context.Today))
        {
            context.Report(
                "date",
                ValidationCodes.DateOutOfRange,
                "date-out-of-range.act-late",
                ("date", date),
                ("today", context.Today),
                ("days", bounds.ActDaysAhead));
        }
    }
}
