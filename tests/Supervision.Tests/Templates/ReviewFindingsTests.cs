using System.Text.RegularExpressions;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>
/// The findings of the reading review of every example act (issue 11), each pinned on the text the act
/// prints, so that a later edit of a template or an example cannot bring one back unseen. The layout
/// findings are pinned beside the renderers (Rendering/), the validator's beside the rules (Validation/).
/// </summary>
public sealed partial class ReviewFindingsTests
{
    /// <summary>The act's text as it reads; the no-break spaces the typesetting binds are tested on their own.</summary>
    private static string Text(string example, ActLanguage language, string variant = TemplateRenderer.FullVariant) =>
        PlainText.Of(ActComposer.Default.Compose(ExampleActs.Load(example, language), variant)).Replace('\u00A0', ' ');

    private static string Text(Act act) => PlainText.Of(ActComposer.Default.Compose(act)).Replace('\u00A0', ' ');

    [Theory]
    [InlineData(ActLanguage.Ru, "руководствуясь статьей 25 Закона Республики Казахстан от 2 апреля 2010 года № 261-IV «Об исполнительном производстве и статусе судебных исполнителей»")]
    [InlineData(ActLanguage.Kk, "«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» 2010 жылғы 2 сәуірдегі № 261-IV Қазақстан Республикасы Заңының 25-бабын басшылыққа алып")]
    public void TheWithdrawalResolutionRestsOnTheEnforcementLawNotOnOrderNo88(ActLanguage language, string basis)
    {
        var text = Text("withdrawal-resolution", language);

        Assert.Contains(basis, text, StringComparison.Ordinal);
        Assert.DoesNotContain("№ 88", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Instruction88(), text);
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "ПОСТАНОВЛЕНИЕ", "рассмотрев", "УСТАНОВИЛ:", "ПОСТАНОВИЛ:", "может быть обжаловано")]
    [InlineData(ActLanguage.Kk, "ҚАУЛЫ", "қарап", "АНЫҚТАДЫМ:", "ҚАУЛЫ ЕТТІМ:", "шағым")]
    public void TheWithdrawalResolutionIsLaidOutAsAResolutionWithoutAnAddressee(ActLanguage language, params string[] inOrder)
    {
        var act = (WithdrawalResolution)ExampleActs.Load("withdrawal-resolution", language);
        var document = ActComposer.Default.Compose(act);
        var text = Text(act);

        Assert.Empty(document.Blocks.OfType<AddresseeBlock>());
        AssertInOrder(text, inOrder);
        Assert.Contains(act.PrivateBailiff!, text, StringComparison.Ordinal);
        Assert.Contains(act.Proceeding!.Number!, text, StringComparison.Ordinal);
        Assert.Contains(act.Proceeding.Creditor!.Name!, text, StringComparison.Ordinal);
        Assert.Contains(act.Proceeding.Debtor!.Name!, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conclusion-appeal", ActLanguage.Ru, "Судья (докладчик, состав коллегии)", "Содержание пересматриваемых судебных актов", "Доводы автора жалобы", "Результаты изучения дела", "Мнение прокурора об относимости", "Нормы материального и процессуального права", "Выводы по существу жалобы", "Вывод прокурора по существу заявленных требований")]
    [InlineData("conclusion-cassation", ActLanguage.Ru, "Судья (докладчик, состав коллегии)", "Содержание пересматриваемых судебных актов", "Доводы автора жалобы", "Результаты изучения дела", "Мнение прокурора об относимости", "Нормы материального и процессуального права", "Выводы по существу жалобы", "Вывод прокурора по существу заявленных требований")]
    public void AReviewConclusionEndsWithTheProsecutorsConclusionAfterTheStudyOfTheCase(string example, ActLanguage language, params string[] sections)
    {
        var text = Text(example, language);

        AssertInOrder(text, sections);
        Assert.Single(Regex.Matches(text, "Вывод прокурора по существу"));
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "о результатах рассмотрения и принятых мерах письменно сообщить в прокуратуру в течение 3 рабочих дней со дня рассмотрения", "в тот же срок")]
    [InlineData(ActLanguage.Kk, "ұсыным қаралған күннен бастап 3 жұмыс күні ішінде", "сол мерзімде")]
    public void ASubmissionsResultsAreDueWithinThreeWorkingDaysOfItsConsideration(ActLanguage language, string due, string sameTerm)
    {
        var text = Text("submission", language);

        Assert.Contains(due, text, StringComparison.Ordinal);
        Assert.DoesNotContain(sameTerm, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("protest", "Осы наразылық заңда белгіленген мерзімде – 10 күнтізбелік күн ішінде қаралып, оның нәтижелері туралы прокуратураға жазбаша хабарлансын.")]
    [InlineData("submission", "Осы ұсыным 30 күнтізбелік күн ішінде қаралып, оның нәтижелері")]
    public void KazakhClosingFormulasKeepOneVoice(string example, string closing)
    {
        var text = Text(example, ActLanguage.Kk);

        Assert.Contains(closing, text, StringComparison.Ordinal);
        Assert.DoesNotMatch(MixedVoice(), text);
    }

    [Fact]
    public void TheKazakhInstructionStatesTheBreachInThePerfect() =>
        Assert.Contains("Аталған әрекетсіздікпен мына нормалардың талаптары бұзылған:", Text("instruction", ActLanguage.Kk), StringComparison.Ordinal);

    [Theory]
    [InlineData(ActLanguage.Kk, "20__ жылғы «___» ____________")]
    [InlineData(ActLanguage.Ru, "«___» ____________ 20__ г.")]
    public void TheApprovalDateLineReadsAsOfficialFormsWriteIt(ActLanguage language, string line)
    {
        var lines = Text("conclusion", language).Split('\n');

        Assert.Contains(line, lines);
        Assert.DoesNotContain(lines, candidate => candidate.Contains("\"___\"", StringComparison.Ordinal));
    }

    [Fact]
    public void KazakhCourtActsNameTheCourtThenTheDateThenTheAct() =>
        Assert.Contains("Қарағанды қаласы Қазыбек би аудандық сотының 2025 жылғы 14 ақпандағы ұйғарымы", Text("higher-protest-proposal", ActLanguage.Kk), StringComparison.Ordinal);

    [Theory]
    [InlineData(ActLanguage.Ru, "прошу рассмотреть вопрос о принесении протеста")]
    [InlineData(ActLanguage.Kk, "мәселесін қарауды сұраймын.")]
    public void TheHigherProtestProposalAsksPolitelyInTheSentenceThatCitesItsBasis(ActLanguage language, string request)
    {
        var paragraphs = Text("higher-protest-proposal", language).Split('\n');

        var asking = Assert.Single(paragraphs, paragraph => paragraph.Contains(request, StringComparison.Ordinal));
        Assert.Matches(@"^\p{Lu}", asking);
        Assert.DoesNotContain(paragraphs, paragraph => paragraph.Contains("ПРЕДЛАГАЮ", StringComparison.Ordinal));
    }

    /// <summary>"атқарушылық құжат" is the Enforcement Law's term for исполнительный документ; "атқару құжаты" is not used beside it.</summary>
    [Theory]
    [MemberData(nameof(GoldenTextTests.CasesIn), ActLanguage.Kk, MemberType = typeof(GoldenTextTests))]
    public void KazakhActsSayAtqarushylyqQuzhatOnly(string example, ActLanguage language, string variant)
    {
        Assert.DoesNotMatch(AtqaruQuzhat(), Text(example, language, variant));
    }

    /// <summary>Kazakhstan's Russian documents write "40 (сорок) тиын", "2 (два) тиын": the word is not declined,
    /// in the sums the service prints and in the sums the examples type alike.</summary>
    [Theory]
    [MemberData(nameof(GoldenTextTests.CasesIn), ActLanguage.Ru, MemberType = typeof(GoldenTextTests))]
    public void RussianActsDoNotDeclineTiyn(string example, ActLanguage language, string variant)
    {
        Assert.DoesNotMatch(DeclinedTiyn(), Text(example, language, variant));
    }

    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void EveryQuotationIsClosedAndNestedQuotesAreLowAndHigh(string example, ActLanguage language, string variant)
    {
        var text = Text(example, language, variant);

        Assert.Equal(text.Count(c => c == '«'), text.Count(c => c == '»'));
        Assert.Equal(text.Count(c => c == '„'), text.Count(c => c == '“'));
        Assert.DoesNotMatch(DoubleGuillemet(), text);
    }

    /// <summary>
    /// A short name ("Закон", "Заң") the act uses stands after its definition "(далее – Закон)" in the same text,
    /// the court copy included: a court reading the copy has no other part to look the name up in.
    /// </summary>
    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void EveryShortNameOfALawIsDefinedBeforeItIsUsed(string example, ActLanguage language, string variant)
    {
        var text = Text(example, language, variant);
        var (definition, use) = language == ActLanguage.Ru ? ("(далее – Закон)", RussianShortLaw()) : ("(бұдан әрі – Заң)", KazakhShortLaw());

        var first = use.Match(text.Replace(definition, string.Empty, StringComparison.Ordinal));
        if (first.Success)
        {
            var defined = text.IndexOf(definition, StringComparison.Ordinal);
            Assert.True(defined >= 0 && defined < first.Index + definition.Length, $"'{first.Value}' at {first.Index} is used before or without {definition}");
        }
    }

    private static void AssertInOrder(string text, IEnumerable<string> parts)
    {
        var from = 0;
        foreach (var part in parts)
        {
            var at = text.IndexOf(part, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{part}' is missing or out of order");
            from = at + part.Length;
        }
    }

    [GeneratedRegex(@"Нұсқаулы|Инструкци")]
    private static partial Regex Instruction88();

    /// <summary>"… қарап, … хабарлансын": an active participle with a passive order in one sentence.</summary>
    [GeneratedRegex(@"\bқарап,[^.]*хабарлансын")]
    private static partial Regex MixedVoice();

    [GeneratedRegex(@"\bатқару құжат")]
    private static partial Regex AtqaruQuzhat();

    [GeneratedRegex(@"\bтиын(а|ов|у|ом|ах|ами)\b")]
    private static partial Regex DeclinedTiyn();

    [GeneratedRegex(@"««|»»")]
    private static partial Regex DoubleGuillemet();

    /// <summary>"Закон", "Закона", "Закону" … standing alone: not the start of a full name ("Закон Республики",
    /// "Закона Республики Казахстан"), nor a back-reference to a full name just given ("названного/указанного/того же Закона").</summary>
    [GeneratedRegex(@"(?<!(названн|указанн|того же|этого|данного)\w* )\bЗакон(а|у|ом|е)?\b(?! Республики)")]
    private static partial Regex RussianShortLaw();

    /// <summary>"Заң", "Заңның", "Заңға" … standing alone: not the end of a full name ("… Қазақстан Республикасы Заңының",
    /// "… № 261-IV Заңының"), nor a back-reference ("аталған/осы Заң"), nor "заң бұзушылық" opening a sentence.</summary>
    [GeneratedRegex(@"(?<!(Республикасы(ның)?|[Аа]талған|[Оо]сы|»|№ [\w-]+)\s)\bЗаң(ның|ға|ды|да|нан|ы|ының|ына|ында|ынан|ын)?\b(?! бұзушылы)")]
    private static partial Regex KazakhShortLaw();
}
