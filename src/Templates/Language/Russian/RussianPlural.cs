namespace Supervision.Language.Russian;

/// <summary>The form of a Russian noun after a number: 1 тиын, 2 тиына, 5 тиынов.</summary>
internal static class RussianPlural
{
    /// <summary>Picks the form that agrees with <paramref name="number"/>: <paramref name="one"/> after
    /// 1, 21, 101 (but not 11, 111); <paramref name="few"/> after 2–4, 22–24 (but not 12–14);
    /// <paramref name="many"/> after 0, 5–20, 25–30 and the rest.</summary>
    public static string Choose(long number, string one, string few, string many)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var lastTwo = number % 100;
        var last = number % 10;

        // 11–14 end in 1–4 but take the "many" form: "одиннадцать тиынов".
        if (lastTwo is >= 11 and <= 14)
        {
            return many;
        }

        return last switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }
}
