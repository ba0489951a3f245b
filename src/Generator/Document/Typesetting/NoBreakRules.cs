using System.Text.RegularExpressions;

namespace Supervision.Document.Typesetting;

/// <summary>
/// The places where a line of an act must not break, in Kazakh and Russian alike: the typesetting rules
/// of printed official documents. Each binds a space to its neighbours with U+00A0, so that a line never
/// ends with "№", a number never loses its last digits or its unit to the next line, and an initial never
/// stands apart from its surname. The rules apply to every text of the act, the values people typed too.
/// </summary>
public static class NoBreakRules
{
    // Units, with the case endings Kazakh puts on them ("40 000 теңгеден", "12 парақта"); the word must
    // end there ("л." but not "лет", "г." but not "года").
    private const string Units = @"(?:теңге\p{Ll}*|тенге|тиын\p{Ll}*|парақ\p{Ll}*|дана\p{Ll}*|л\.|экз\.|г\.|гг\.|ж\.|жж\.|%)(?![\p{L}\d])";

    /// <summary>
    /// The longest text scanned without a time bound (<see cref="For"/>): at worst, one run of a thousand digit groups,
    /// some 7 ms of a core. A timed match reads the clock at every step of its lookarounds, which made the scan three
    /// times slower (some 170 µs of the 240 µs that binding a two-page act took, a twelfth of rendering it).
    /// </summary>
    public const int UntimedLength = 4096;

    /// <summary>
    /// How long one scan may take before it is abandoned. Each rule decides by lookarounds over at most the
    /// word or number beside its space, so a scan grows with the text's length (at worst with its square, over
    /// one run of digit groups), and texts are bounded by the fields' lengths: a scan takes microseconds. The
    /// bound only stops a pattern a later edit gets wrong; it is wide because it is wall time, and a loaded
    /// machine that parks a thread for a second (as CI's three test hosts on two cores did) must not fail an act.
    /// </summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The rules, applied together to the text as written.</summary>
    public static IReadOnlyList<NoBreakRule> All { get; } =
    [
        new("after the number sign", "№ 2-11-25/4186", @"(?<=№) "),
        new("between the digit groups of a number", "1 846 275", @"(?<=(?<![\d,.])\d{1,3}(?:[ \u00A0]\d{3})*) (?=\d{3}(?!\d))"),
        new("between a number and its unit", "312 480 теңге, на 36 л., 2025 г., 2025 ж.", @"(?<=\d) (?=" + Units + ")"),
        new("after an initial, before the next initial or the surname", "Д. Әбдірахманов, А. Б. Сейітов", @"(?<=(?<!\p{L})\p{Lu}\.) (?=\p{Lu})"),
        new("between a surname and the initials after it", "Серікбаевой Д.Ә., Тоқтаровой Ж. Қ.", @"(?<=\p{Lu}\p{Ll}+) (?=\p{Lu}\.(?:[ \u00A0]?\p{Lu}\.)?(?![\p{L}\d])(?![ \u00A0]\p{Lu}\p{Ll}))"),
        new("after \"г.\" before the name of a city", "г. Есик", @"(?<=(?<!\p{L})г\.) (?=\p{Lu})"),
        new("after an abbreviation before its number or word", "ст. 19, п. 3, ул. Абая, д. 27, оф. 3, тел. 8 (7172)", @"(?<=(?<!\p{L})(?:ст|пп?|ч|ул|д|кв|оф|тел)\.) (?=\S)"),
        new("before a postfix abbreviation", "Алматы қ., Алматинская обл.", @"(?<=\p{L}) (?=(?:қ|ж|обл)\.(?![\p{L}\d]))"),
        new("before a dash, which must not open a line", "Жауапкер – Қасымова", @"(?<=\S) (?=[–—](?:[ \u00A0]|$))"),
    ];

    /// <summary>
    /// Every rule in one pattern, so that a text is scanned once instead of once per rule. Each rule matches
    /// exactly one space and decides only by lookarounds on the text as written, so a space the union
    /// matches is one some rule matches, and the other way round: the spaces bound are the same.
    /// </summary>
    /// <remarks>
    /// The union starts with the space, each rule's lookbehind moved past it (<see cref="SpaceFirst"/>):
    /// "(?&lt;=№) " is written " (?&lt;=№ )". The engine then looks for a space (a vectorised search) and
    /// tries the rules only there, instead of trying every rule's lookbehind at every character; about three
    /// times faster over the examples, the same matches (shown by NoBreakRulesTests).
    /// </remarks>
    public static Regex Together { get; } = new(
        " (?:" + string.Join('|', All.Select(rule => $"(?:{SpaceFirst(rule.Pattern.ToString())})")) + ")",
        RegexOptions.CultureInvariant | RegexOptions.Compiled,
        MatchTimeout);

    /// <summary>The union for a text: without a time bound up to <see cref="UntimedLength"/> characters, bounded by <see cref="MatchTimeout"/> beyond.</summary>
    public static Regex For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= UntimedLength ? Untimed : Together;
    }

    /// <summary><see cref="Together"/> without a time bound, for texts short enough that no pattern can take long over them.</summary>
    private static Regex Untimed { get; } = new(Together.ToString(), Together.Options, Regex.InfiniteMatchTimeout);

    /// <summary>
    /// A rule written "(?&lt;=BEFORE) AFTER" as "(?&lt;=BEFORE )AFTER", to follow a leading space: both match the
    /// same space.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rule does not open with a lookbehind followed by the space.</exception>
    internal static string SpaceFirst(string pattern)
    {
        var close = pattern.StartsWith("(?<=", StringComparison.Ordinal) ? ClosingParenthesis(pattern) : -1;
        if (close < 0 || close + 1 >= pattern.Length || pattern[close + 1] != ' ')
        {
            throw new InvalidOperationException($"A no-break rule must open with a lookbehind and then the space: {pattern}");
        }

        return string.Concat(pattern.AsSpan(0, close), " )", pattern.AsSpan(close + 2));
    }

    /// <summary>Where the group the pattern opens with closes (escapes and character classes skipped), or -1.</summary>
    private static int ClosingParenthesis(string pattern)
    {
        var depth = 0;
        var inClass = false;
        for (var index = 0; index < pattern.Length; index++)
        {
            switch (pattern[index])
            {
                case '\\':
                    index++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass && --depth == 0:
                    return index;
            }
        }

        return -1;
    }
}
