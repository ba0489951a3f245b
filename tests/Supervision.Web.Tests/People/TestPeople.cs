using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Web.Tests.People;

/// <summary>
/// The people the browser tests sign in as: the staff of one district office (Sarıarqa district of Astana,
/// index 2-11, under the Astana city office and the General Prosecutor's Office), each with the roles his
/// work needs. <see cref="WebApp.EnsurePersonAsync"/> adds one on first use, with a password already changed.
/// </summary>
public static class TestPeople
{
    /// <summary>The district office's index, which registration numbers print.</summary>
    public const string District = "2-11";

    /// <summary>The password of every test person.</summary>
    public const string Password = "a long browser test password";

    private const string AssistantKk = "Астана қаласы Сарыарқа ауданы прокурорының көмекшісі";
    private const string AssistantRu = "Помощник прокурора района Сарыарка города Астаны";

    /// <summary>The district prosecutor: signs orders and every act of the office, approves conclusions.</summary>
    public static TestPerson Prosecutor { get; } = new(
        "b.serikbayev", SignatoryPosition.Head, "Серікбаев", "Бауыржан", "Маратұлы",
        "Астана қаласы Сарыарқа ауданының прокуроры", "Прокурор района Сарыарка города Астаны",
        ClassRank.SeniorCounsellorOfJustice, [PersonRole.Signatory, PersonRole.Approver, PersonRole.Controller]);

    /// <summary>An assistant who drafts acts.</summary>
    public static TestPerson Drafter { get; } = new(
        "a.sultanova", SignatoryPosition.Assistant, "Сұлтанова", "Айгерім", "Ерланқызы",
        AssistantKk, AssistantRu, ClassRank.LawyerClass2, [PersonRole.Drafter]);

    /// <summary>An assistant who may sign what an assistant may sign (conclusions), and nothing more.</summary>
    public static TestPerson AssistantSignatory { get; } = new(
        "n.abilkairova", SignatoryPosition.Assistant, "Әбілқайырова", "Назым", "Саматқызы",
        AssistantKk, AssistantRu, ClassRank.LawyerClass1, [PersonRole.Drafter, PersonRole.Signatory]);

    /// <summary>An editor of templates.</summary>
    public static TestPerson Editor { get; } = new(
        "t.editor", SignatoryPosition.SeniorAssistant, "Тоқтаров", "Әлібек", "Нұрланұлы",
        "Астана қаласы Сарыарқа ауданы прокурорының аға көмекшісі", "Старший помощник прокурора района Сарыарка города Астаны",
        ClassRank.JuniorCounsellorOfJustice, [PersonRole.Editor]);

    /// <summary>A second editor, who approves what the first proposes.</summary>
    public static TestPerson SecondEditor { get; } = new(
        "m.editor", SignatoryPosition.SeniorAssistant, "Мұратова", "Динара", "Асқарқызы",
        "Астана қаласы Сарыарқа ауданы прокурорының аға көмекшісі", "Старший помощник прокурора района Сарыарка города Астаны",
        ClassRank.JuniorCounsellorOfJustice, [PersonRole.Editor]);

    /// <summary>An assistant of the city office 2 who keeps its control and drafts its reports: records the checks it held.</summary>
    public static TestPerson CityController { get; } = new(
        "k.kalieva", SignatoryPosition.Assistant, "Қалиева", "Қарлығаш", "Бақытқызы",
        "Астана қаласы прокурорының көмекшісі", "Помощник прокурора города Астаны",
        ClassRank.JuniorCounsellorOfJustice, [PersonRole.Controller, PersonRole.Drafter], "2");

    /// <summary>The offices above the district one, then the district office, as <c>office add</c> registers them.</summary>
    public static IReadOnlyList<OfficeRegistration> Offices { get; } =
    [
        new("1", OfficeLevel.General, "Қазақстан Республикасының Бас прокуратурасы", "Генеральная прокуратура Республики Казахстан", null),
        new("2", OfficeLevel.Regional, "Астана қаласының прокуратурасы", "Прокуратура города Астаны", "1"),
        new(District, OfficeLevel.District, "Астана қаласы Сарыарқа ауданының прокуратурасы", "Прокуратура района Сарыарка города Астаны", "2"),
    ];
}
