using Supervision.Acts;
using Supervision.Law;

namespace Supervision.Tests.Law;

/// <summary>Citations read as prosecutors write them, in the case their sentence needs.</summary>
public sealed class CitationTextTests
{
    private static Citation Cite(ActKind kind, string name) => LegalFrames.Default.Frames[0].For(kind).Citations[name];

    [Theory]
    [InlineData(ActLanguage.Ru, null, "статьями 440 и 441 Гражданского процессуального кодекса Республики Казахстан")]
    [InlineData(ActLanguage.Ru, "genitive", "статей 440 и 441 Гражданского процессуального кодекса Республики Казахстан")]
    [InlineData(ActLanguage.Kk, null, "Қазақстан Республикасы Азаматтық процестік кодексінің 440 және 441-баптарын")]
    [InlineData(ActLanguage.Kk, "locative", "Қазақстан Республикасы Азаматтық процестік кодексінің 440 және 441-баптарында")]
    public void SeveralArticlesTakeThePlural(ActLanguage language, string? grammaticalCase, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(ActKind.HigherProtestProposal, "basis"), language, grammaticalCase, defineShortName: false));

    [Theory]
    [InlineData(ActLanguage.Ru, "dative", "пунктам 4 и 5 статьи 25 Закона Республики Казахстан от 2 апреля 2010 года № 261-IV «Об исполнительном производстве и статусе судебных исполнителей»")]
    [InlineData(ActLanguage.Kk, "dative", "«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» 2010 жылғы 2 сәуірдегі № 261-IV Қазақстан Республикасы Заңының 25-бабының 4 және 5-тармақтарына")]
    public void ParagraphsFollowTheirArticle(ActLanguage language, string grammaticalCase, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(ActKind.WithdrawalResolution, "withdrawal"), language, grammaticalCase, defineShortName: false));

    [Theory]
    [InlineData(ActLanguage.Ru, null, "пунктом 2 статьи 25 Закона Республики Казахстан от 2 апреля 2010 года № 261-IV «Об исполнительном производстве и статусе судебных исполнителей»")]
    [InlineData(ActLanguage.Kk, null, "«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» 2010 жылғы 2 сәуірдегі № 261-IV Қазақстан Республикасы Заңының 25-бабының 2-тармағын")]
    [InlineData(ActLanguage.Kk, "dative", "«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» 2010 жылғы 2 сәуірдегі № 261-IV Қазақстан Республикасы Заңының 25-бабының 2-тармағына")]
    public void TheLettersOfAStudyRestOnTheParagraphThatLetsTheProsecutorCallForTheFile(ActLanguage language, string? grammaticalCase, string expected)
    {
        foreach (var kind in new[] { ActKind.ApplicantReply, ActKind.FileRequest, ActKind.FileReturnLetter })
        {
            Assert.Equal(expected, CitationText.Write(Cite(kind, "basis"), language, grammaticalCase, defineShortName: false));
        }
    }

    [Theory]
    [InlineData(ActKind.CheckReport, ActLanguage.Ru, "genitive", "пункта 11 Инструкции по организации прокурорского надзора за законностью исполнительного производства, утвержденной приказом Генерального Прокурора Республики Казахстан от 28 декабря 2010 года № 88")]
    [InlineData(ActKind.QuarterlyAnalysis, ActLanguage.Kk, null, "Қазақстан Республикасы Бас Прокурорының 2010 жылғы 28 желтоқсандағы № 88 бұйрығымен бекітілген Атқарушылық іс жүргізудің заңдылығын прокурорлық қадағалауды ұйымдастыру бойынша нұсқаулықтың 11-тармағын")]
    [InlineData(ActKind.AnnualSummary, ActLanguage.Ru, "genitive", "пункта 12 Инструкции по организации прокурорского надзора за законностью исполнительного производства, утвержденной приказом Генерального Прокурора Республики Казахстан от 28 декабря 2010 года № 88")]
    public void TheRegionalInformationRestsOnParagraph11Or12OfTheInstruction(ActKind kind, ActLanguage language, string? grammaticalCase, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(kind, "instruction"), language, grammaticalCase, defineShortName: false));

    [Theory]
    [InlineData(ActLanguage.Ru, "статьей 669 и главой 33 Кодекса Республики Казахстан об административных правонарушениях (далее – КоАП)")]
    [InlineData(ActLanguage.Kk, "Қазақстан Республикасы Әкімшілік құқық бұзушылық туралы кодексінің (бұдан әрі – ӘҚБтК) 669-бабын және 33-тарауын")]
    public void ArticleAndChapterJoinAndTheShortNameIsDefinedAfterTheLaw(ActLanguage language, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(ActKind.ReviewConclusion, "administrative-offences"), language, null, defineShortName: true));

    [Theory]
    [InlineData(ActLanguage.Ru, "пунктом 9 Инструкции по организации прокурорского надзора за законностью исполнительного производства, утвержденной приказом Генерального Прокурора Республики Казахстан от 28 декабря 2010 года № 88")]
    [InlineData(ActLanguage.Kk, "Қазақстан Республикасы Бас Прокурорының 2010 жылғы 28 желтоқсандағы № 88 бұйрығымен бекітілген Атқарушылық іс жүргізудің заңдылығын прокурорлық қадағалауды ұйымдастыру бойынша нұсқаулықтың 9-тармағына")]
    public void TheNoticeOfAWithdrawalRestsOnTheInstructionsParagraphNine(ActLanguage language, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(ActKind.WithdrawalNotice, "basis"), language, language == ActLanguage.Kk ? "dative" : null, defineShortName: false));

    [Theory]
    [InlineData(ActLanguage.Ru, "пунктами 4 и 5 статьи 25 Закона Республики Казахстан от 2 апреля 2010 года № 261-IV «Об исполнительном производстве и статусе судебных исполнителей»")]
    [InlineData(ActLanguage.Kk, "«Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» 2010 жылғы 2 сәуірдегі № 261-IV Қазақстан Республикасы Заңының 25-бабының 4 және 5-тармақтарын")]
    public void TheHandoverLetterPassesTheDocumentUnderArticle25(ActLanguage language, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(ActKind.HandoverLetter, "basis"), language, null, defineShortName: false));

    [Fact]
    public void ACaseTheLanguageHasNotIsRefusedNamingThoseItHas()
    {
        var error = Assert.Throws<ArgumentException>(() => CitationText.Write(Cite(ActKind.Protest, "basis"), ActLanguage.Kk, "instrumental", false));

        Assert.Contains("accusative", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "accusative", "1 рабочий день")]
    [InlineData(3, "accusative", "3 рабочих дня")]
    [InlineData(5, "accusative", "5 рабочих дней")]
    [InlineData(21, "genitive", "21 рабочего дня")]
    [InlineData(3, "genitive", "3 рабочих дней")]
    public void RussianWorkingDaysAgreeWithTheirNumber(int days, string grammaticalCase, string expected) =>
        Assert.Equal(expected, TermText.Write(days, TermUnit.WorkingDays, ActLanguage.Ru, grammaticalCase));

    [Theory]
    [InlineData(ActLanguage.Ru, null, "статьями 401, 403 и 404 Гражданского процессуального кодекса Республики Казахстан")]
    [InlineData(ActLanguage.Kk, null, "Қазақстан Республикасы Азаматтық процестік кодексінің 401, 403 және 404-баптарын")]
    public void AnAppealRestsOnTheArticlesOnAppealOfTheCivilProcedureCode(ActLanguage language, string? grammaticalCase, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(ActKind.AppealProtest, "basis"), language, grammaticalCase, defineShortName: false));

    [Theory]
    [InlineData(ActLanguage.Ru, "genitive", "статьи 427 Гражданского процессуального кодекса Республики Казахстан")]
    [InlineData(ActLanguage.Kk, "dative", "Қазақстан Республикасы Азаматтық процестік кодексінің 427-бабына")]
    public void AnAppealNamesTheGroundsForReversingADecision(ActLanguage language, string grammaticalCase, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(ActKind.AppealProtest, "reversal"), language, grammaticalCase, defineShortName: false));

    [Theory]
    [InlineData(ActKind.PrivateRulingPetition, ActLanguage.Ru, "статьей 270 Гражданского процессуального кодекса Республики Казахстан")]
    [InlineData(ActKind.PrivateRulingPetition, ActLanguage.Kk, "Қазақстан Республикасы Азаматтық процестік кодексінің 270-бабын")]
    [InlineData(ActKind.ViolationReport, ActLanguage.Ru, "пунктом 6 Инструкции по организации прокурорского надзора за законностью исполнительного производства, утвержденной приказом Генерального Прокурора Республики Казахстан от 28 декабря 2010 года № 88")]
    [InlineData(ActKind.ViolationReport, ActLanguage.Kk, "Қазақстан Республикасы Бас Прокурорының 2010 жылғы 28 желтоқсандағы № 88 бұйрығымен бекітілген Атқарушылық іс жүргізудің заңдылығын прокурорлық қадағалауды ұйымдастыру бойынша нұсқаулықтың 6-тармағын")]
    public void ThePetitionAndTheReportOfParagraph6CiteTheirBasis(ActKind kind, ActLanguage language, string expected) =>
        Assert.Equal(expected, CitationText.Write(Cite(kind, "basis"), language, null, defineShortName: false).Replace('\u00A0', ' '));

    [Theory]
    [InlineData(1, "genitive", "1 месяца")]
    [InlineData(1, "accusative", "1 месяц")]
    [InlineData(3, "accusative", "3 месяца")]
    [InlineData(6, "genitive", "6 месяцев")]
    [InlineData(11, "accusative", "11 месяцев")]
    public void RussianMonthsAgreeWithTheirNumber(int months, string grammaticalCase, string expected) =>
        Assert.Equal(expected, TermText.Write(months, TermUnit.Months, ActLanguage.Ru, grammaticalCase));

    [Fact]
    public void KazakhMonthsTakeTheSingular() =>
        Assert.Equal("6 ай", TermText.Write(6, TermUnit.Months, ActLanguage.Kk));
}
