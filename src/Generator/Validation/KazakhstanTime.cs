namespace Supervision.Validation;

/// <summary>The calendar day in Kazakhstan, which is what "today" means for an act's date.</summary>
internal static class KazakhstanTime
{
    /// <summary>
    /// Kazakhstan keeps one time zone, UTC+5, since 1 March 2024 (before it Astana and Almaty kept
    /// UTC+6). The offset is written here rather than read from the
    /// server's time-zone data, which may be older than that change and would still answer UTC+6 for
    /// Asia/Almaty; no daylight saving applies.
    /// </summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(5);

    /// <summary>Today's date in Kazakhstan by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
