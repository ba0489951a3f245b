namespace Supervision.Register;

/// <summary>What execution control calls an overdue act, in SQL over <c>issued_acts</c>, so that every list, count and
/// table asks the same: still open (issued) after its due date, judged on the day given as <c>@asOf</c>.</summary>
internal static class OpenActs
{
    /// <summary>The condition; it needs the parameter <c>asOf</c>.</summary>
    public const string Overdue = "status = 'issued' AND due_date < @asOf";
}
