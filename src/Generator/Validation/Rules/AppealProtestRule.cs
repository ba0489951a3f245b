using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Law;

namespace Supervision.Validation.Rules;

/// <summary>
/// An appeal follows the court act it contests: the act is made, then made in its final form, then appealed.
/// The appeal term of its legal frame (one month in the seed's frame, Civil Procedure Code art. 403) runs from
/// the final form; a term ending on a day off ends on the next working day. An appeal dated later is only
/// warned of: it may go with a petition to restore the term missed for a good reason, which the court decides.
/// </summary>
internal sealed class AppealProtestRule(WorkingCalendar calendar, LegalFrames frames) : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not ProsecutorAppeal appeal)
        {
            return;
        }

        var made = appeal.ContestedAct?.Date;
        if (appeal.FinalFormOn is not { } finalForm)
        {
            NotAfter(context, "contestedAct.date", made, "date", appeal.Date);
            return;
        }

        if (made is { } day && day > finalForm)
        {
            DateOrder(context, "finalFormOn", finalForm, "date-order.not-before", "contestedAct.date", day);
        }

        if (appeal.Date is not { } date)
        {
            return;
        }

        if (finalForm > date)
        {
            DateOrder(context, "finalFormOn", finalForm, "date-order.not-after", "date", date);
            return;
        }

        if (frames.For(appeal) is not { } frame)
        {
            return;
        }

        var term = frame.Term(LegalFrames.AppealTerm);
        var due = LastDay(finalForm.AddMonths(term.Days));
        if (date > due)
        {
            context.Warn(
                "date",
                ValidationCodes.AppealTermMissed,
                values: [("date", date), ("finalForm", finalForm), ("due", due), ("term", TermText.Write(term.Days, term.Unit, context.Act.Language, context.Act.Language == ActLanguage.Kk ? null : "accusative"))]);
        }
    }

    /// <summary>The day itself, or the next working day where it is a day off; beyond the calendar's years, the day.</summary>
    private DateOnly LastDay(DateOnly day)
    {
        while (day < DateOnly.MaxValue && calendar.Covers(day) && !calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static void NotAfter(ValidationContext context, string path, DateOnly? value, string otherPath, DateOnly? other)
    {
        if (value is { } day && other is { } bound && day > bound)
        {
            DateOrder(context, path, day, "date-order.not-after", otherPath, bound);
        }
    }

    private static void DateOrder(ValidationContext context, string path, DateOnly value, string messageId, string otherPath, DateOnly other) =>
        context.Report(
            path,
            ValidationCodes.DateOrder,
            messageId,
            ("value", value),
            ("other", context.Messages.Label(otherPath)),
            ("otherValue", other));
}
