using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Validation;

namespace Supervision.Tests.Validation;

/// <summary>Warnings: a sum without its words, a law cited without its article, an act dated after today.
/// They come with the errors, in the act's language, and never make an act invalid.</summary>
public sealed class WarningsTests
{
    // 19:30 UTC on 14 October 2025 is already 00:30 on 15 October in Kazakhstan (UTC+5).
    private static readonly ActValidator Validator = new(
        ActPolicy.Default, WorkingCalendar.Kazakhstan, clock: new TestClock(new DateTimeOffset(2025, 10, 14, 19, 30, 0, TimeSpan.Zero)));

    private static ValidationError AssertWarned(Act act, string path, string code)
    {
        var report = Validator.Validate(act);
        var found = report.Warnings.Where(w => w.Path == path && w.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {path}: {code}; got:{Environment.NewLine}{string.Join(Environment.NewLine, report.Warnings)}");
        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
        Rejections.AssertInLanguage(found[0].Message, act.Language);
        return found[0];
    }

    private static void AssertNotWarned(Act act, string code, string? path = null)
    {
        var warnings = Validator.Validate(act).Warnings.Where(w => w.Code == code && (path is null || w.Path == path)).ToList();
        Assert.True(warnings.Count == 0, string.Join(Environment.NewLine, warnings));
    }

    private static Order RussianOrder(string findings) => ExampleActs.Load<Order>(ActLanguage.Ru) with { Findings = findings };

    private static Order KazakhOrder(string findings) => ExampleActs.Load<Order>(ActLanguage.Kk) with { Findings = findings };

    // ---- dated after today ----

    [Theory]
    [InlineData(ActLanguage.Ru, "Дата акта (16.10.2025) позже сегодняшнего дня (15.10.2025) по времени Казахстана. Проверьте дату.")]
    [InlineData(ActLanguage.Kk, "Актінің күні (16.10.2025) Қазақстан уақыты бойынша бүгінгі күннен (15.10.2025) кейін. Күнін тексеріңіз.")]
    public void AnActDatedAfterTodayInKazakhstanIsWarnedOfButStaysValid(ActLanguage language, string message)
    {
        var act = ExampleActs.Load<Order>(language) with { Date = new DateOnly(2025, 10, 16), Deadline = new DateOnly(2025, 11, 3) };

        Assert.Equal(message, AssertWarned(act, "date", ValidationCodes.DateInFuture).Message);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TodayIsTakenInKazakhstanTimeNotInUtc(ActLanguage language)
    {
        // Still 14 October in UTC, but 15 October in Kazakhstan: an act of the 15th is not in the future.
        var act = ExampleActs.Load<Order>(language) with { Date = new DateOnly(2025, 10, 15), Deadline = new DateOnly(2025, 11, 3) };

        AssertNotWarned(act, ValidationCodes.DateInFuture);
    }

    // ---- sums without words ----

    [Fact]
    public void ARussianSumInDigitsOnlyIsWarnedOfWithTheSumAsItShouldRead()
    {
        var act = RussianOrder("Должник обязан выплатить взыскателю задолженность в сумме 3 214 600 тенге.");

        var warning = AssertWarned(act, "findings", ValidationCodes.AmountWithoutWords);

        Assert.Equal(
            "Сумма «3 214 600 тенге» указана только цифрами. В актах сумма пишется цифрами с прописью в скобках: "
            + "3\u00A0214\u00A0600 (три миллиона двести четырнадцать тысяч шестьсот) тенге.",
            warning.Message);
    }

    [Fact]
    public void ASumWithTiynAfterTheCommaIsSuggestedWithTiynInWords()
    {
        var act = RussianOrder("Остаток долга 3 214 600,40 тенге.");

        var warning = AssertWarned(act, "findings", ValidationCodes.AmountWithoutWords);

        Assert.Equal(
            "Сумма «3 214 600,40 тенге» указана только цифрами. В актах сумма пишется цифрами с прописью в скобках: "
            + "3\u00A0214\u00A0600 (три миллиона двести четырнадцать тысяч шестьсот) тенге 40 (сорок) тиын.",
            warning.Message);
    }

    [Fact]
    public void AKazakhSumKeepsItsCaseEndingInTheSuggestion()
    {
        var act = KazakhOrder("Борышкерден 180 000 теңгені өндіріп алу туралы шешім орындалмаған.");

        var warning = AssertWarned(act, "findings", ValidationCodes.AmountWithoutWords);

        Assert.Equal(
            "«180 000 теңгені» сомасы тек цифрмен жазылған. Актілерде сома цифрмен және жақша ішінде сөзбен жазылады: "
            + "180\u00A0000 (жүз сексен мың) теңгені.",
            warning.Message);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Взыскано 48 756 320 тенге 14 тиын.",
        "Суммы «48 756 320 тенге», «14 тиын» указаны только цифрами. В актах сумма пишется цифрами с прописью в скобках, например: "
        + "48\u00A0756\u00A0320 (сорок восемь миллионов семьсот пятьдесят шесть тысяч триста двадцать) тенге.")]
    [InlineData(ActLanguage.Kk, "48 756 320 теңге 14 тиын өндірілді.",
        "«48 756 320 теңге», «14 тиын» сомалары тек цифрмен жазылған. Актілерде сома цифрмен және жақша ішінде сөзбен жазылады, мысалы: "
        + "48\u00A0756\u00A0320 (қырық сегіз миллион жеті жүз елу алты мың үш жүз жиырма) теңге.")]
    public void SeveralSumsInOneFieldAreOneWarningNamingEach(ActLanguage language, string findings, string message)
    {
        var act = ExampleActs.Load<Order>(language) with { Findings = findings };

        Assert.Equal(message, AssertWarned(act, "findings", ValidationCodes.AmountWithoutWords).Message);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Ущерб составил 5 млн тенге.",
        "Сумма «5 млн тенге» указана только цифрами. В актах сумма пишется цифрами с прописью в скобках, например: 125\u00A0000 (сто двадцать пять тысяч) тенге.")]
    [InlineData(ActLanguage.Kk, "Залал 5 млн теңге болды.",
        "«5 млн теңге» сомасы тек цифрмен жазылған. Актілерде сома цифрмен және жақша ішінде сөзбен жазылады, мысалы: 125\u00A0000 (жүз жиырма бес мың) теңге.")]
    public void ASumWhoseDigitsDoNotSayItPlainlyGetsAnExampleInstead(ActLanguage language, string findings, string message)
    {
        var act = ExampleActs.Load<Order>(language) with { Findings = findings };

        Assert.Equal(message, AssertWarned(act, "findings", ValidationCodes.AmountWithoutWords).Message);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void ASumInAListItemIsWarnedOfAtTheItem(ActLanguage language)
    {
        var act = ExampleActs.Load<Order>(language);
        var violations = act.Violations!.ToList();
        violations[1] = language == ActLanguage.Ru ? "Не взыскан исполнительский сбор в размере 12 500 тенге." : "12 500 теңге орындау санкциясы өндірілмеген.";

        AssertWarned(act with { Violations = violations }, "violations[1]", ValidationCodes.AmountWithoutWords);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Задолженность в сумме 3 214 600 (три миллиона двести четырнадцать тысяч шестьсот) тенге 40 (сорок) тиын не взыскана.")]
    [InlineData(ActLanguage.Ru, "Задолженность в сумме 125 000 тенге (сто двадцать пять тысяч тенге) не взыскана.")]
    [InlineData(ActLanguage.Ru, "Исполнительное производство № 2-15-25-00/318, 29 июля 2025 года, госномер 415 ADC 14, статья 32.")]
    [InlineData(ActLanguage.Kk, "180 000 (жүз сексен мың) теңге өндірілмеген; 2025 жылғы 29 шілдеде 415 ADC 14 нөмірлі автомобиль.")]
    public void SumsWithTheirWordsAndOtherNumbersAreNotWarnedOf(ActLanguage language, string findings)
    {
        var act = ExampleActs.Load<Order>(language) with { Findings = findings };

        AssertNotWarned(act, ValidationCodes.AmountWithoutWords, "findings");
    }

    // ---- laws without articles ----

    [Theory]
    [InlineData(ActLanguage.Ru, "Нормы Закона Республики Казахстан от 2 апреля 2010 года № 261-IV «Об исполнительном производстве и статусе судебных исполнителей» о мерах обеспечения.")]
    [InlineData(ActLanguage.Ru, "Нормы Гражданского процессуального кодекса Республики Казахстан об отсрочке исполнения решения.")]
    [InlineData(ActLanguage.Ru, "Требования названного Закона о перечислении взыскателю денег.")]
    [InlineData(ActLanguage.Kk, "«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» Қазақстан Республикасының Заңының нормалары.")]
    [InlineData(ActLanguage.Kk, "Аталған Заңның атқарушылық құжатты қайтару негіздері туралы нормалары.")]
    [InlineData(ActLanguage.Kk, "Қазақстан Республикасы Азаматтық процестік кодексінің нормалары.")]
    public void ANormNamingALawButNoArticleIsWarnedOfAtItsItem(ActLanguage language, string norm)
    {
        var act = ExampleActs.Load<Order>(language);
        var norms = act.ViolatedNorms!.ToList();
        norms[0] = norm;

        var warning = AssertWarned(act with { ViolatedNorms = norms }, "violatedNorms[0]", ValidationCodes.NormWithoutArticle);

        Assert.Equal(
            language == ActLanguage.Ru
                ? "Закон (кодекс) назван без статьи: укажите статью, а где нужно — её пункт или часть."
                : "Заң (кодекс) бабы көрсетілмей аталған: бабын, ал қажет болса оның тармағын немесе бөлігін көрсетіңіз.",
            warning.Message);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Статья 32 Закона Республики Казахстан «Об исполнительном производстве и статусе судебных исполнителей».")]
    [InlineData(ActLanguage.Ru, "Пункт 3 статьи 76 Конституции Республики Казахстан.")]
    [InlineData(ActLanguage.Ru, "Ч. 5 ст. 427 ГПК.")]
    [InlineData(ActLanguage.Ru, "Нормативное постановление Верховного Суда от 31 марта 2017 года № 1 «О применении судами некоторых норм законодательства об исполнительном производстве».")]
    [InlineData(ActLanguage.Kk, "Аталған Заңның 68-бабы.")]
    [InlineData(ActLanguage.Kk, "Қазақстан Республикасы Конституциясының 76-бабының 3-тармағы.")]
    [InlineData(ActLanguage.Kk, "АПК-нің 427-бабының бесінші бөлігі.")]
    [InlineData(ActLanguage.Kk, "Жоғарғы Сотының «Соттардың атқарушылық іс жүргізу туралы заңнаманың кейбір нормаларын қолдануы туралы» нормативтік қаулысы.")]
    public void ANormWithItsArticleOrNamingNoLawIsNotWarnedOf(ActLanguage language, string norm)
    {
        var act = ExampleActs.Load<Order>(language);

        AssertNotWarned(act with { ViolatedNorms = [norm] }, ValidationCodes.NormWithoutArticle);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Судебный исполнитель нарушил требования Закона Республики Казахстан «Об исполнительном производстве и статусе судебных исполнителей».")]
    [InlineData(ActLanguage.Kk, "Сот орындаушысы «Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» Заңының талаптарын бұзған.")]
    public void ProseMayNameALawWithoutCitingIt(ActLanguage language, string findings)
    {
        var act = ExampleActs.Load<Order>(language) with { Findings = findings };

        AssertNotWarned(act, ValidationCodes.NormWithoutArticle, "findings");
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheApplicableNormsOfAConclusionAreReadToo(ActLanguage language)
    {
        var act = ExampleActs.Load<Conclusion>(language);
        var norm = language == ActLanguage.Ru ? "Закон Республики Казахстан «Об оценочной деятельности»." : "«Бағалау қызметі туралы» Қазақстан Республикасының Заңы.";

        AssertWarned(act with { ApplicableNorms = [.. act.ApplicableNorms!, norm] }, $"applicableNorms[{act.ApplicableNorms!.Count}]", ValidationCodes.NormWithoutArticle);
    }

    // ---- warnings and errors together ----

    [Fact]
    public void WarningsComeBesideErrorsAndNeverAmongThem()
    {
        var act = RussianOrder("Задолженность 5 000 тенге.") with { Number = null, Date = new DateOnly(2025, 10, 20), Deadline = new DateOnly(2025, 11, 3) };

        var report = Validator.Validate(act);

        Assert.Equal(["number: required"], report.Errors.Select(e => $"{e.Path}: {e.Code}"));
        Assert.Contains(report.Warnings, w => w.Code == ValidationCodes.DateInFuture);
        Assert.Contains(report.Warnings, w => w.Code == ValidationCodes.AmountWithoutWords);
        Assert.DoesNotContain(report.Errors, e => e.Code is ValidationCodes.DateInFuture or ValidationCodes.AmountWithoutWords or ValidationCodes.NormWithoutArticle);
    }
}
