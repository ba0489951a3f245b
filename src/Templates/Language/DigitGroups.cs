using System.Globalization;

namespace Supervision.Language;

/// <summary>Groups of three digits, the unit both of printed sums ("632 924") and of number words
/// (each group is spelled, then named: "алты жүз отыз екі мың").</summary>
internal static class DigitGroups
{
    /// <summary>The separator between groups: NO-BREAK SPACE, so a sum never breaks across lines.
    /// Written here rather than taken from the culture because cultures differ (and change between
    /// ICU versions: some use U+202F), while the acts always print U+00A0.</summary>
    public const char Separator = '\u00A0';

    /// <summary>The groups of <paramref name="number"/>, most significant first: 1 234 567 → [1, 234, 567]; 0 → [0].</summary>
    public static IReadOnlyList<int> Split(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var groups = new List<int>();
        do
        {
            groups.Add((int)(number % 1000));
            number /= 1000;
        }
        while (number > 0);

        groups.Reverse();
        return groups;
    }

    /// <summary><paramref name="number"/> in digits with groups of three: 632924 → "632 924", 0 → "0".</summary>
    public static string Format(long number)
    {
        var groups = Split(number);
        var parts = new string[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            // Every group but the leading one keeps its zeros: 1 000 005, not 1 0 5.
            parts[i] = groups[i].ToString(i == 0 ? "0" : "000", CultureInfo.InvariantCulture);
        }

        return string.Join(Separator, parts);
    }
}
