namespace Supervision.Acts;

/// <summary>
/// A court act in a case: decision, ruling or resolution. The court and the act's name are apart so
/// that each language prints them in its own order: "Определение Казыбекбийского районного суда
/// г. Караганды от 14 февраля 2025 года", "Қарағанды қаласы Қазыбек би аудандық сотының 2025 жылғы
/// 14 ақпандағы ұйғарымы".
/// </summary>
public sealed record CourtAct
{
    /// <summary>The act's name as printed: Russian nominative ("Определение"), Kazakh with the possessive
    /// ending ("ұйғарымы", "шешімі", "қаулысы").</summary>
    [Mandatory] public string? Name { get; init; }

    /// <summary>The court in the genitive as printed ("Казыбекбийского районного суда г. Караганды",
    /// "Қарағанды қаласы Қазыбек би аудандық сотының").</summary>
    [Mandatory] public string? Court { get; init; }

    /// <summary>The date of the act.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>What the court decided.</summary>
    [Mandatory, Prose] public string? Content { get; init; }
}
