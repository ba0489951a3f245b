using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// Offices and people the tests register: the General Prosecutor's Office (index 1), the Astana city
/// office (2) and the Saryarka district office (2-11, the office of the example acts), and people of
/// the district office with IINs whose check digits were worked out by hand from the weights 1..11.
/// </summary>
internal static class Staff
{
    public const string General = "1";
    public const string Regional = "2";
    public const string Admin = "admin";

    /// <summary>IIN 900715-40056-7: 1·9+2·0+3·0+4·7+5·1+6·5+7·4+8·0+9·0+10·5+11·6 = 216 = 11·19 + 7.</summary>
    public const string DeputyIin = "900715400567";

    /// <summary>IIN 781231-40123-2: the weighted sum is 145 = 11·13 + 2.</summary>
    public const string AssistantIin = "781231401232";

    /// <summary>IIN 880305-50077-6: the weighted sum is 248 = 11·22 + 6.</summary>
    public const string HeadIin = "880305500776";

    public static OfficeRegistration GeneralOffice { get; } =
        new(General, OfficeLevel.General, "Қазақстан Республикасының Бас прокуратурасы", "Генеральная прокуратура Республики Казахстан", null);

    public static OfficeRegistration RegionalOffice { get; } =
        new(Regional, OfficeLevel.Regional, "Астана қаласының прокуратурасы", "Прокуратура города Астаны", General);

    /// <summary>The office of the example acts, by the names they print.</summary>
    public static OfficeRegistration DistrictOffice { get; } =
        new(RegisterProviderTests.Office, OfficeLevel.District, "Астана қаласы Сарыарқа ауданының прокуратурасы", "Прокуратура района Сарыарка города Астаны", Regional);

    /// <summary>Registers the general, regional and district offices, in that order.</summary>
    public static async Task RegisterOfficesAsync(ActRegister register)
    {
        foreach (var office in new[] { GeneralOffice, RegionalOffice, DistrictOffice })
        {
            Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(office, Admin, TestContext.Current.CancellationToken));
        }
    }

    /// <summary>The deputy prosecutor who signs the example instruction.</summary>
    public static NewPerson Deputy(params PersonRole[] roles) => new(
        "d.abdirakhmanov",
        RegisterProviderTests.Office,
        "Әбдірахманов",
        "Даурен",
        "Қайратұлы",
        "Астана қаласы Сарыарқа ауданы прокурорының орынбасары",
        "Заместитель прокурора района Сарыарка города Астаны",
        SignatoryPosition.Deputy,
        ClassRank.JuniorCounsellorOfJustice,
        DeputyIin,
        "8 (7172) 71-25-14",
        roles.Length > 0 ? roles : [PersonRole.Drafter, PersonRole.Signatory],
        null);

    /// <summary>An assistant prosecutor of the district office.</summary>
    public static NewPerson Assistant(params PersonRole[] roles) => new(
        "g.saparova",
        RegisterProviderTests.Office,
        "Сапарова",
        "Гүлнар",
        null,
        "Астана қаласы Сарыарқа ауданы прокурорының көмекшісі",
        "Помощник прокурора района Сарыарка города Астаны",
        SignatoryPosition.Assistant,
        ClassRank.LawyerClass1,
        AssistantIin,
        null,
        roles,
        null);

    /// <summary>The district prosecutor.</summary>
    public static NewPerson Head(params PersonRole[] roles) => Assistant(roles) with
    {
        Login = "e.nurlanov",
        Surname = "Нұрланов",
        GivenName = "Ержан",
        TitleKk = "Астана қаласы Сарыарқа ауданының прокуроры",
        TitleRu = "Прокурор района Сарыарка города Астаны",
        Position = SignatoryPosition.Head,
        Rank = ClassRank.CounsellorOfJustice,
        Iin = HeadIin,
    };
}
