namespace Supervision.Language.Kazakh;

/// <summary>The Kazakh month names. Written here rather than read from the kk-KZ culture, whose
/// names depend on the ICU data installed on the server.</summary>
internal static class KazakhMonths
{
    private static readonly string[] Nominative =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    /// <summary>The name of <paramref name="month"/> (1–12) in the nominative: 12 → "желтоқсан".</summary>
    public static string Name(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Nominative[month - 1];
    }
}
