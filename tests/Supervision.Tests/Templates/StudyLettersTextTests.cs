using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;

namespace Supervision.Tests.Templates;

/// <summary>
/// The letters around the study of an enforcement file (p. 8) say what the law and the facts call for: the
/// request names the study term and the return, the case where a court is asked; the reply tells how to appeal
/// it; the covering letter counts what goes back in words that agree with the numbers.
/// </summary>
public sealed class StudyLettersTextTests
{
    private static string Text(Act act) => PlainText.Of(ActComposer.Default.Compose(act)).Replace('\u00A0', ' ');

    [Theory]
    [InlineData(ActLanguage.Ru, "Об истребовании исполнительного производства", "прошу в срок до 7 ноября 2025 года представить в прокуратуру для изучения материалы исполнительного производства № 0931/2025", "Материалы будут изучены в течение 3 рабочих дней со дня поступления в прокуратуру и возвращены.")]
    [InlineData(ActLanguage.Kk, "Атқарушылық іс жүргізуді талап ету туралы", "№ 0931/2025 атқарушылық іс жүргізудің материалдарын", "2025 жылғы 7 қарашаға дейін зерделеу үшін прокуратураға ұсынуыңызды сұраймын.", "Материалдар прокуратураға келіп түскен күннен бастап 3 жұмыс күні ішінде зерделеніп, қайтарылады.")]
    public void TheRequestAsksForTheFileByItsDayAndSaysItWillBeStudiedAndReturned(ActLanguage language, params string[] inOrder) =>
        AssertInOrder(Text(ExampleActs.Load<FileRequest>(language)), inOrder);

    [Theory]
    [InlineData(ActLanguage.Ru, "Об истребовании дела", "прошу представить в прокуратуру для изучения гражданское дело № 3530-25-00-2/2218, необходимое для проверки законности исполнительного производства № 0931/2025", "Дело будет изучено в течение 3 рабочих дней")]
    [InlineData(ActLanguage.Kk, "Істі талап ету туралы", "№ 0931/2025 атқарушылық іс жүргізудің заңдылығын тексеру үшін қажетті № 3530-25-00-2/2218 азаматтық ісін", ") зерделеу үшін прокуратураға ұсынуыңызды сұраймын.", "Іс прокуратураға келіп түскен күннен бастап 3 жұмыс күні ішінде")]
    public void AskedOfACourtTheRequestAsksForTheCaseAndNamesNoDayWhereItSetsNone(ActLanguage language, params string[] inOrder)
    {
        var act = ExampleActs.Load<FileRequest>(language) with
        {
            Addressee = new Addressee { Kind = AddresseeKind.Court, Position = language == ActLanguage.Kk ? "Сот төрағасына" : "Председателю суда", Name = language == ActLanguage.Kk ? "Н.Б. Әбілқасымовқа" : "Әбілқасымову Н.Б." },
            CourtCase = language == ActLanguage.Kk ? "№ 3530-25-00-2/2218 азаматтық ісін" : "гражданское дело № 3530-25-00-2/2218",
            SubmitBy = null,
        };

        var text = Text(act);

        AssertInOrder(text, inOrder);
        Assert.DoesNotContain(language == ActLanguage.Kk ? "дейін" : "в срок до", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "Вы вправе обжаловать его прокурору Карагандинской области либо в суд.", "Вы вправе обжаловать его вышестоящему прокурору либо в суд.")]
    [InlineData(ActLanguage.Kk, "Сіз оған Қарағанды облысының прокурорына немесе сотқа шағым жасауға құқылысыз.", "Сіз оған жоғары тұрған прокурорға немесе сотқа шағым жасауға құқылысыз.")]
    public void TheReplySaysToWhomItMayBeAppealed(ActLanguage language, string named, string unnamed)
    {
        var act = ExampleActs.Load<ApplicantReply>(language);

        Assert.Contains(named, Text(act), StringComparison.Ordinal);
        Assert.Contains(unnamed, Text(act with { SuperiorProsecutor = null }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "принята мера прокурорского реагирования:", "приняты меры прокурорского реагирования:")]
    [InlineData(ActLanguage.Kk, "прокурорлық ден қою шарасы қабылданды:", "мынадай прокурорлық ден қою шаралары қабылданды:")]
    public void TheReplyNamesOneMeasureOrSeveralAndNoneWhereNoneWasTaken(ActLanguage language, string one, string several)
    {
        var act = ExampleActs.Load<ApplicantReply>(language);
        var measure = act.Measures![0];

        Assert.Contains(one, Text(act), StringComparison.Ordinal);
        var two = Text(act with { Measures = [measure, measure with { Number = "2-12-25/2880" }] });
        Assert.Contains(several, two, StringComparison.Ordinal);
        var items = two.Split('\n').Where(line => line.StartsWith("– ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, items.Count);
        Assert.EndsWith(";", items[0], StringComparison.Ordinal);
        Assert.EndsWith(".", items[1], StringComparison.Ordinal);
        var none = Text(act with { Measures = null });
        Assert.DoesNotContain(measure.Number!, none, StringComparison.Ordinal);
        Assert.DoesNotContain(language == ActLanguage.Kk ? "ден қою" : "реагирования", none, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "в 1 томе на 64 л.")]
    [InlineData(2, "в 2 томах на 64 л.")]
    [InlineData(11, "в 11 томах на 64 л.")]
    [InlineData(21, "в 21 томе на 64 л.")]
    public void TheRussianLetterAgreesTheVolumesWithTheirNumber(int volumes, string expected) =>
        Assert.Contains(expected, Text(ExampleActs.Load<FileReturnLetter>(ActLanguage.Ru) with { Volumes = volumes }), StringComparison.Ordinal);

    [Fact]
    public void TheKazakhLetterCountsVolumesAndSheetsInTheLocative() =>
        Assert.Contains("материалдарын 2 томда, 64 парақта қайтарамын.", Text(ExampleActs.Load<FileReturnLetter>(ActLanguage.Kk) with { Volumes = 2 }), StringComparison.Ordinal);

    private static void AssertInOrder(string text, string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found after position {at} in:{Environment.NewLine}{text}");
            at = found + part.Length;
        }
    }
}
