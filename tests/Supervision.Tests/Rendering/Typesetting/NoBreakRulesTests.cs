using System.Text;
using System.Text.RegularExpressions;
using Supervision.Acts;
using Supervision.Document.Typesetting;
using Supervision.Examples;
using Supervision.Generation;

namespace Supervision.Tests.Rendering.Typesetting;

/// <summary>
/// Each rule of <see cref="NoBreakRules"/> on Kazakh and Russian text. In the expected texts "⍽" stands
/// for the no-break space U+00A0, so that a reader sees where the line may not break.
/// </summary>
public sealed class NoBreakRulesTests
{
    public static TheoryData<string, string> Bound() => new()
    {
        // After the number sign.
        { "2025 жылғы 14 қазандағы № 2-11-25/4186", "2025 жылғы 14 қазандағы №⍽2-11-25/4186" },
        { "исполнительное производство № 6417/25", "исполнительное производство №⍽6417/25" },
        // Digit groups, and a number with its unit.
        { "1 846 275 (бір миллион) теңге 38 тиын", "1⍽846⍽275 (бір миллион) теңге 38⍽тиын" },
        { "в сумме 312 480 тенге", "в сумме 312⍽480⍽тенге" },
        { "312 480 теңге", "312⍽480⍽теңге" },
        { "борышкерден 40 000 теңгеден бес аударым", "борышкерден 40⍽000⍽теңгеден бес аударым" },
        { "Приложение: копии на 36 л. в 2 экз.", "Приложение: копии на 36⍽л. в 2⍽экз." },
        { "Қосымша: көшірмелер, 12 парақта, 2 данада.", "Қосымша: көшірмелер, 12⍽парақта, 2⍽данада." },
        { "с 1 марта 2025 г. по 2026 г.", "с 1 марта 2025⍽г. по 2026⍽г." },
        { "2025 ж. 1 наурыз", "2025⍽ж. 1 наурыз" },
        // Initials and surname, in both orders, with and without a space between the initials.
        { "Д. Әбдірахманов", "Д.⍽Әбдірахманов" },
        { "А.Б. Сейітов", "А.Б.⍽Сейітов" },
        { "А. Б. Сейітов", "А.⍽Б.⍽Сейітов" },
        { "судебного исполнителя Серікбаевой Д.Ә. от 17 ноября", "судебного исполнителя Серікбаевой⍽Д.Ә. от 17 ноября" },
        { "Тоқтаровой Ж. Қ.", "Тоқтаровой⍽Ж.⍽Қ." },
        // Abbreviations before and after their word.
        { "г. Есик, ул. Абая, 52", "г.⍽Есик, ул.⍽Абая, 52" },
        { "согласно ст. 19 и п. 3 ч. 1", "согласно ст.⍽19 и п.⍽3 ч.⍽1" },
        { "Исп.: Н. Әбдікәрім, тел. 8 (72775) 4-12-37", "Исп.: Н.⍽Әбдікәрім, тел.⍽8 (72775) 4-12-37" },
        { "Алматы қ.", "Алматы⍽қ." },
        { "Алматинская обл.", "Алматинская⍽обл." },
        // A dash never opens a line.
        { "Жауапкер – жеке сот орындаушысы", "Жауапкер⍽– жеке сот орындаушысы" },
    };

    [Theory]
    [MemberData(nameof(Bound))]
    public void SpacesAreBoundWhereALineMustNotBreak(string text, string expected) =>
        Assert.Equal(expected, Shown(Typesetter.Bind(text)));

    public static TheoryData<string> Free() =>
    [
        "2025 жылғы 14 қазандағы",
        "в 2025 году 312 заявлений",
        "статьи 138 и 139 Кодекса",
        "ИИН 890417301524",
        "в 2025 100 человек",
        "года по 30 апреля",
        "Прокурор района советник юстиции",
        "ТОО «Есік Агро Өнім» взыскатель",
        "Прокурору Д.Ә.⍽Сейітову",
    ];

    [Theory]
    [MemberData(nameof(Free))]
    public void OrdinaryWordsAndNumbersStayFreeToBreak(string text) =>
        Assert.Equal(text, Shown(Typesetter.Bind(text.Replace('⍽', '\u00A0'))));

    [Fact]
    public void EveryRuleBindsItsOwnExample()
    {
        foreach (var rule in NoBreakRules.All)
        {
            Assert.True(rule.Pattern.IsMatch(rule.Example), $"the rule \"{rule.Name}\" does not match its example \"{rule.Example}\"");
        }
    }

    /// <summary>
    /// The one pattern the typesetter scans with binds the same spaces as the rules one after another, in
    /// every line of every example's markup: the texts the rules meet, values people typed and the
    /// templates' wording.
    /// </summary>
    [Fact]
    public void TheRulesTogetherBindTheSpacesTheyBindOneByOne()
    {
        var texts = ActExamples.Names
            .SelectMany(name => Enum.GetValues<ActLanguage>().Select(language => ExampleActs.Load(name, language)))
            .Select(act => (RenderResult.Document)ActGenerator.Default.Render(act, OutputFormat.Markup))
            .SelectMany(markup => Encoding.UTF8.GetString(markup.Content).Split('\n'))
            .ToList();
        var bound = 0;
        foreach (var text in texts)
        {
            var oneByOne = OneByOne(text);
            Assert.Equal(Shown(oneByOne), Shown(Typesetter.Bind(text)));
            bound += oneByOne.Count(c => c == '\u00A0') - text.Count(c => c == '\u00A0');
        }

        // The examples' markup has some six hundred spaces to bind: the comparison above is not over texts where nothing happens.
        Assert.True(bound > 400, $"only {bound} spaces bound in {texts.Count} lines");
    }

    /// <summary>
    /// Texts as long as a paragraph can be, written to make the lookarounds look far back: one run of ten
    /// thousand digit groups, and long words before initials. The scan ends (within <see cref="NoBreakRules.MatchTimeout"/>,
    /// or it would throw) and binds what the short texts above bind.
    /// </summary>
    [Fact]
    public void LongTextsWhoseLookaroundsReachFarBackAreBoundAsShortOnesAre()
    {
        var groups = "1" + string.Concat(Enumerable.Repeat(" 000", 10_000)) + " теңге";
        Assert.Equal(groups.Replace(' ', '\u00A0'), Typesetter.Bind(groups));

        var words = string.Join(' ', Enumerable.Repeat(new string('а', 2_000) + " Сейітов А.Б.", 20));
        var bound = Typesetter.Bind(words);
        Assert.Equal(20, bound.Split("Сейітов\u00A0А.Б.").Length - 1);
        Assert.Equal(words.Length, bound.Length);
    }

    [Fact]
    public void AParagraphIsScannedWithoutATimeBoundAndOnlyALongerTextWithOne()
    {
        // A bound read the clock at every step of the lookarounds; a paragraph's worst case (a thousand digit groups) takes milliseconds.
        var paragraph = "1" + string.Concat(Enumerable.Repeat(" 000", (NoBreakRules.UntimedLength - 1) / 4));
        Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, NoBreakRules.For(paragraph).MatchTimeout);
        Assert.Equal(NoBreakRules.MatchTimeout, NoBreakRules.For(paragraph + " 000").MatchTimeout);
        Assert.Equal(NoBreakRules.Together.ToString(), NoBreakRules.For(paragraph).ToString());
        Assert.Equal(paragraph.Replace(' ', '\u00A0'), Typesetter.Bind(paragraph));
    }

    /// <summary>
    /// What makes scanning a paragraph without a time bound safe: over texts of <see cref="NoBreakRules.UntimedLength"/>
    /// characters made of what the rules look for (digits, spaces, letters of either case, dots, commas, №, dashes),
    /// repeated in every pair and in the shapes the rules match, the union finishes far within a bound of seconds. A rule
    /// edited into one that backtracks without end fails here instead of stalling a render.
    /// </summary>
    [Fact]
    public void NoRuleBacktracksWithoutEndOverAParagraphOfWhatTheRulesLookFor()
    {
        var bounded = new System.Text.RegularExpressions.Regex(NoBreakRules.Together.ToString(), NoBreakRules.Together.Options, TimeSpan.FromSeconds(5));
        string[] pieces = ["1", " ", "\u00A0", "а", "А", ".", ",", "№", "–", "қ", "г", "ст"];
        string[] shapes = ["1 000", "А. ", "Аа А.", "аааааааа ", "12 теңге ", "г. А", "ст. 1 "];
        var texts = pieces.SelectMany(first => pieces.Select(second => first + second)).Concat(shapes)
            .Select(piece => string.Concat(Enumerable.Repeat(piece, NoBreakRules.UntimedLength / piece.Length))).ToList();
        foreach (var text in texts)
        {
            // RegexMatchTimeoutException fails the test and names the text.
            var matches = 0;
            for (var match = bounded.Match(text); match.Success; match = match.NextMatch())
            {
                matches++;
            }

            Assert.True(matches <= text.Length, text[..Math.Min(20, text.Length)]);
        }
    }

    [Theory]
    [InlineData(@"(?<=№) ", @"(?<=№ )")]
    [InlineData(@"(?<=\d) (?=(?:л\.|%))", @"(?<=\d )(?=(?:л\.|%))")]
    [InlineData(@"(?<=[)(]\)) (?=x)", @"(?<=[)(]\) )(?=x)")]
    public void TheUnionMovesEachLookbehindPastItsSpace(string rule, string spaceFirst) =>
        Assert.Equal(spaceFirst, NoBreakRules.SpaceFirst(rule));

    [Theory]
    [InlineData(@" (?=\d)")]
    [InlineData(@"(?<=\d)(?=\d)")]
    [InlineData(@"(?<=\d")]
    public void ARuleThatDoesNotOpenWithALookbehindAndItsSpaceIsRefusedByName(string rule)
    {
        var error = Assert.Throws<InvalidOperationException>(() => NoBreakRules.SpaceFirst(rule));
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    private static string OneByOne(string text)
    {
        var chars = text.ToCharArray();
        foreach (var rule in NoBreakRules.All)
        {
            foreach (Match match in rule.Pattern.Matches(text))
            {
                chars[match.Index] = Typesetter.NoBreakSpace;
            }
        }

        return new string(chars);
    }

    private static string Shown(string text) => text.Replace('\u00A0', '⍽');
}
