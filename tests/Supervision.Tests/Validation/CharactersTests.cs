using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Validation;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>
/// The one text policy at validation: characters that reorder or split text, control characters, line breaks
/// in one-line fields and characters the act's font cannot draw are refused with <c>invalid-characters</c>,
/// naming the character and its position, counted in characters as a reader sees them.
/// </summary>
public sealed class CharactersTests
{
    [Fact]
    public void ARightToLeftOverrideInAPlaceNameIsRefusedNamingItAndItsPosition()
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Ru) with { Place = "г. Алма\u202Eты" };

        var error = AssertRejected(act, "place", ValidationCodes.InvalidCharacters);

        Assert.Equal(
            "В поле «Место составления» на 8-й позиции стоит невидимый символ U+202E RIGHT-TO-LEFT OVERRIDE: такие символы меняют порядок букв при печати или разбивают слово для поиска. Уберите его.",
            error.Message);
    }

    [Fact]
    public void AZeroWidthSpaceInADebtorsNameIsRefusedInKazakh()
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Kk);
        var debtor = act.Proceeding!.Debtor! with { Name = "Сейт\u200Bова А.Б." };

        var error = AssertRejected(act with { Proceeding = act.Proceeding with { Debtor = debtor } }, "proceeding.debtor.name", ValidationCodes.InvalidCharacters);

        Assert.Equal(
            "«Борышкердің атауы» өрісінің 5-орнында көрінбейтін U+200B ZERO WIDTH SPACE таңбасы тұр: мұндай таңбалар басып шығарғанда әріптердің ретін өзгертеді немесе іздеу үшін сөзді бөліп жібереді. Оны алып тастаңыз.",
            error.Message);
    }

    [Theory]
    [InlineData("\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE")]
    [InlineData("\u2069", "U+2069 POP DIRECTIONAL ISOLATE")]
    [InlineData("\u200E", "U+200E LEFT-TO-RIGHT MARK")]
    [InlineData("\u200F", "U+200F RIGHT-TO-LEFT MARK")]
    [InlineData("\u061C", "U+061C ARABIC LETTER MARK")]
    [InlineData("\u200C", "U+200C ZERO WIDTH NON-JOINER")]
    [InlineData("\u200D", "U+200D ZERO WIDTH JOINER")]
    [InlineData("\u2060", "U+2060 WORD JOINER")]
    [InlineData("\uFEFF", "U+FEFF ZERO WIDTH NO-BREAK SPACE")]
    [InlineData("\u0000", "U+0000 NULL")]
    [InlineData("\u001B", "U+001B ESCAPE")]
    [InlineData("\u0085", "U+0085 NEXT LINE")]
    public void BidiZeroWidthAndControlCharactersAreRefusedEvenInProse(string character, string name)
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Ru);

        var error = AssertRejected(act with { Findings = "Долг" + character + " не взыскан." }, "findings", ValidationCodes.InvalidCharacters);

        Assert.Contains($" {name}", error.Message, StringComparison.Ordinal);
        Assert.Contains("на 5-й позиции", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ALineSeparatorBreaksNoOneLineField(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        var error = AssertRejected(act with { Place = "Астана\u2028қ." }, "place", ValidationCodes.InvalidCharacters);

        Assert.Contains("U+2028 LINE SEPARATOR", error.Message, StringComparison.Ordinal);
        Assert.Contains(language == ActLanguage.Ru ? "на 7-й позиции" : "7-орнында", error.Message, StringComparison.Ordinal);
        AssertRejected(act with { Place = "Астана\tқ." }, "place", ValidationCodes.InvalidCharacters);
        AssertRejected(act with { Violations = ["Бірінші\u2029екінші"] }, "violations[0]", ValidationCodes.InvalidCharacters);
    }

    [Fact]
    public void ProseKeepsItsLineBreaksAndTabs()
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Kk);

        AssertValid(act with { Findings = act.Findings + "\r\n\t" + act.Findings, Violations = ["Бірінші\nекінші"] });
    }

    [Theory]
    [InlineData("Қарыз өтелмеді 😀", "«😀» U+1F600", 16)]
    [InlineData("Қарыз 字 өтелмеді", "«字» U+5B57", 7)]
    [InlineData("Қарыз ب өтелмеді", "«ب» U+0628", 7)]
    public void ACharacterTheFontCannotDrawIsRefusedRatherThanDroppedFromThePdf(string findings, string name, int position)
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Kk) with { Findings = findings };

        var error = AssertRejected(act, "findings", ValidationCodes.InvalidCharacters);

        Assert.Equal(
            $"«Тексеру барысында анықталғаны» өрісіндегі {name} таңбасы ({position}-орын) акт басылатын қаріпте жоқ, сондықтан басылған актіден түсіп қалар еді. Оны ауыстырыңыз немесе алып тастаңыз.",
            error.Message);
    }

    [Fact]
    public void PositionsCountCharactersAsAReaderSeesThemNotUtf16Units()
    {
        // Each emoji is two UTF-16 units and a skin-toned one four; a reader sees three characters before the space.
        var act = ExampleActs.Load<Instruction>(ActLanguage.Ru) with { Place = "😀👍🏽😀\u200B" };

        var error = AssertRejected(act, "place", ValidationCodes.InvalidCharacters);

        Assert.Contains("на 4-й позиции стоит невидимый символ U+200B ZERO WIDTH SPACE", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void KazakhAndRussianLettersAndTheActsPunctuationAreAccepted(ActLanguage language)
    {
        var act = ExampleActs.Load<Instruction>(language);

        AssertValid(act with
        {
            Place = "Өскемен қ.",
            Findings = "ӘәҒғҚқҢңӨөҰұҮүҺһІі АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя «ИП» № 12 – 5 — 6 “в” „г” ’…",
        });
    }

    [Fact]
    public void TheValidatorAsksTheFontItIsGiven()
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Ru) with { Place = "г. Семей" };
        var withoutShortI = new ActValidator(ActPolicy.Default, WorkingCalendar.Kazakhstan, drawable: codePoint => codePoint != 'й');

        var errors = withoutShortI.Validate(act).Errors;

        var error = Assert.Single(errors, e => e.Path == "place");
        Assert.Equal(ValidationCodes.InvalidCharacters, error.Code);
        Assert.Contains("«й» U+0439 в поле «Место составления» (8-я позиция)", error.Message, StringComparison.Ordinal);
    }
}
