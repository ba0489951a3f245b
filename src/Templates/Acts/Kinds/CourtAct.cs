namespace Supervision.Acts;

/// <summary>A court act in a case: decision, ruling or resolution.</summary>
public sealed record CourtAct
{
    /// <summary>The court and the act, as printed ("Алматы қаласы Бостандық аудандық сотының шешімі").</summary>
    [Mandatory] public string? Title { get; init; }

    /// <summary>The date of the act.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>What the court decided.</summary>
    [Mandatory, Prose] public string? Content { get; init; }
}
