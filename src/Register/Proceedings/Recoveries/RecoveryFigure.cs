namespace Supervision.Register;

/// <summary>A tracked proceeding's recovered sum as of a day, as the history keeps it.</summary>
/// <param name="ProceedingId">The proceeding.</param>
/// <param name="AsOf">The day the figure is as of: recovered by the end of that day.</param>
/// <param name="Tiyn">The sum recovered by then, in tiyn.</param>
/// <param name="RecordedBy">Who entered it.</param>
/// <param name="RecordedAt">When.</param>
internal sealed record RecoveryFigure(long ProceedingId, DateOnly AsOf, long Tiyn, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>The subject of its audit entries: the proceeding's.</summary>
    public string Subject => ProceedingAudit.Subject(ProceedingId);

    /// <summary>What the audit records of it, and what <c>audit verify</c> rebuilds from the stored row.</summary>
    public string Payload => Canonical.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("proceeding", ProceedingId);
        writer.WriteString("asOf", Canonical.Date(AsOf));
        writer.WriteString("recovered", Canonical.Sum(Register.Tiyn.Tenge(Tiyn)));
        writer.WriteString("recordedBy", RecordedBy);
        writer.WriteString("recordedAt", Canonical.Instant(RecordedAt));
        writer.WriteEndObject();
    });

    /// <summary>The day in Kazakhstan (UTC+5) an instant falls on: the day a figure entered then, undated, is as of.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ExecutionControl.KazakhstanOffset).DateTime);
}
