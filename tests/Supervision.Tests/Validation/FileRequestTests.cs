using Supervision.Acts;
using static Supervision.Tests.Validation.Rejections;

namespace Supervision.Tests.Validation;

/// <summary>The request for a file (p. 8, art. 25 p. 2 of the Enforcement Law): a bailiff is asked for the
/// enforcement file, a court for its case; the day the file is to come is after the request.</summary>
public sealed class FileRequestTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AskedOfACourtTheRequestNamesTheCase(ActLanguage language)
    {
        var act = ExampleActs.Load<FileRequest>(language);
        var court = new Addressee { Kind = AddresseeKind.Court, Position = Judge(language), Name = JudgeName(language) };

        AssertRejected(act with { Addressee = court }, "courtCase", "required");
        AssertValid(act with { Addressee = court, CourtCase = CaseOf(language) });
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void AskedOfABailiffTheRequestNamesNoCourtCaseAndTheMessageSaysWhy(ActLanguage language)
    {
        var act = ExampleActs.Load<FileRequest>(language);

        var error = AssertRejected(act with { CourtCase = CaseOf(language) }, "courtCase", "not-applicable");

        Assert.Contains(language == ActLanguage.Kk ? "соттан талап етіледі" : "истребуется у суда", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheDayTheFileIsToComeIsAfterTheRequestAndWithinAYear(ActLanguage language)
    {
        var act = ExampleActs.Load<FileRequest>(language);
        var date = act.Date!.Value;

        AssertRejected(act with { SubmitBy = date }, "submitBy", "term-too-short");
        AssertRejected(act with { SubmitBy = date.AddDays(366) }, "submitBy", "term-too-long");
        AssertValid(act with { SubmitBy = date.AddDays(1) });
        AssertValid(act with { SubmitBy = null });
    }

    private static string Judge(ActLanguage language) => language == ActLanguage.Kk ? "Қарағанды облысы Теміртау қалалық сотының төрағасына" : "Председателю Темиртауского городского суда Карагандинской области";

    private static string JudgeName(ActLanguage language) => language == ActLanguage.Kk ? "Н.Б. Әбілқасымовқа" : "Әбілқасымову Н.Б.";

    private static string CaseOf(ActLanguage language) => language == ActLanguage.Kk
        ? "С.Қ. Ахметованың «Теміртау Жылу Сервис» ЖШС-ке жалақы бойынша берешекті өндіріп алу туралы талап арызы бойынша № 3530-25-00-2/2218 азаматтық ісін"
        : "гражданское дело № 3530-25-00-2/2218 по иску Ахметовой С.Қ. к ТОО «Теміртау Жылу Сервис» о взыскании задолженности по заработной плате";
}
