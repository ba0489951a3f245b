using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// When an act must be executed or answered, from its kind and terms:
/// instruction and order — their deadline; submission — its date plus its consideration days
/// (calendar days, at most 30 by law); protest — its date plus its consideration days, 10 calendar
/// days where it sets none (art. 19, p. 9). Conclusions, review conclusions, withdrawal resolutions and
/// proposals to protest to a higher court set no term on an addressee: no due date, so they never
/// appear in the due-soon and overdue lists.
/// </summary>
public static class DueDates
{
    /// <summary>The term of a protest that sets none: 10 calendar days.</summary>
    public const int ProtestDefaultDays = 10;

    /// <summary>The due date of an act, or null where its kind sets no term (or the act lacks its date).</summary>
    public static DateOnly? For(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return act switch
        {
            Instruction instruction => instruction.Deadline,
            Order order => order.Deadline,
            Submission { Date: { } date, ConsiderationDays: { } days } => date.AddDays(days),
            Protest { Date: { } date } protest => date.AddDays(protest.ConsiderationDays ?? ProtestDefaultDays),
            _ => null,
        };
    }
}
