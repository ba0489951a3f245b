namespace Supervision.Language.Russian;

/// <summary>The Russian month names in the genitive, as dates print them ("28 декабря").
/// Written here rather than read from the ru-RU culture, whose data depends on the ICU installed.</summary>
internal static class RussianMonths
{
    private static readonly string[] Genitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>The name of <paramref name="month"/> (1–12) in the genitive: 12 → "декабря".</summary>
    public static string GenitiveName(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Genitive[month - 1];
    }
}
