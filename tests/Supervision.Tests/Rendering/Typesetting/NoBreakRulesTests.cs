using Supervision.Document.Typesetting;

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

    private static string Shown(string text) => text.Replace('\u00A0', '⍽');
}
