using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The words of p. 17's report in one language: the seed's own terms (p. 17: "мемлекет пайдасына атқарылуы",
/// "прокурордың талап арызы бойынша атқарылуы", "атқару парағының жазылуынсыз орындалатын сот шешімдері") and
/// their Russian equivalents, as a prosecutor's statistical report writes them.
/// </summary>
internal sealed record P17Wording
{
    public required string Title { get; init; }
    public required string Period { get; init; }
    public required string AllOffices { get; init; }
    public required string WithBelow { get; init; }
    public required string Basis { get; init; }
    public required string BasisCase { get; init; }
    public required string State { get; init; }
    public required string Claims { get; init; }
    public required string Property { get; init; }
    public required string NonProperty { get; init; }
    public required string Office { get; init; }
    public required string Proceedings { get; init; }
    public required string SumDue { get; init; }
    public required string RecoveredByActs { get; init; }
    public required string RecoveredActually { get; init; }
    public required string InExecution { get; init; }
    public required string Executed { get; init; }
    public required string Share { get; init; }
    public required string Total { get; init; }
    public required string TermKept { get; init; }
    public required string PrivateInterest { get; init; }
    public required string WithoutWrit { get; init; }
    public required string Culture { get; init; }

    public static P17Wording For(ActLanguage language) => language == ActLanguage.Kk ? Kazakh : Russian;

    private static readonly P17Wording Kazakh = new()
    {
        Title = "АТҚАРУШЫЛЫҚ ІС ЖҮРГІЗУ ЗАҢДЫЛЫҒЫН ҚАДАҒАЛАУДЫҢ НЕГІЗГІ КӨРСЕТКІШТЕРІ",
        Period = "Кезең: {from} – {to}",
        AllOffices = "Барлық прокуратуралар",
        WithBelow = "{office} (төмен тұрған прокуратуралармен бірге)",
        Basis = "Көрсеткіштер {citation} сәйкес есептелді.",
        BasisCase = "dative",
        State = "1. Мемлекет пайдасына атқарылуы",
        Claims = "2. Прокурордың талап арыздары бойынша атқарылуы",
        Property = "2.1. Мүліктік талап арыздар",
        NonProperty = "2.2. Мүліктік емес сипаттағы талап арыздар",
        Office = "Прокуратура",
        Proceedings = "Атқарушылық іс жүргізулер",
        SumDue = "Өндірілуге жататын сома, теңге",
        RecoveredByActs = "Прокурорлық қадағалау актілері негізінде өндірілген сома, теңге",
        RecoveredActually = "Нақты өндірілген сома, теңге",
        InExecution = "Орындауда болған сот актілері",
        Executed = "Нақты орындалған сот актілері",
        Share = "Арақатысы, %",
        Total = "Барлығы",
        TermKept = "Заңда белгіленген орындау мерзімі бұзылмаған атқарушылық іс жүргізулер есепке алынбады: {count}.",
        PrivateInterest = "Жеке меншік нысандағы ұйымдардың мүдделеріне қатысты ақша өндіру туралы атқарушылық іс жүргізулер есепке алынбады: {count}.",
        WithoutWrit = "Атқару парағының жазылуынсыз орындалатын сот шешімдері (АІЖК 282-бабы) есепке алынбады: {count}.",
        Culture = "kk-KZ",
    };

    private static readonly P17Wording Russian = new()
    {
        Title = "ОСНОВНЫЕ ПОКАЗАТЕЛИ НАДЗОРА ЗА ЗАКОННОСТЬЮ ИСПОЛНИТЕЛЬНОГО ПРОИЗВОДСТВА",
        Period = "Период: {from} – {to}",
        AllOffices = "Все прокуратуры",
        WithBelow = "{office} (с нижестоящими прокуратурами)",
        Basis = "Показатели исчислены в соответствии с {citation}.",
        BasisCase = "instrumental",
        State = "1. Исполнение в пользу государства",
        Claims = "2. Исполнение исков прокурора",
        Property = "2.1. Иски имущественного характера",
        NonProperty = "2.2. Иски неимущественного характера",
        Office = "Прокуратура",
        Proceedings = "Исполнительные производства",
        SumDue = "Подлежит взысканию, тенге",
        RecoveredByActs = "Взыскано на основании актов прокурорского надзора, тенге",
        RecoveredActually = "Фактически взыскано, тенге",
        InExecution = "Судебные акты, находившиеся на исполнении",
        Executed = "Фактически исполненные судебные акты",
        Share = "Соотношение, %",
        Total = "Итого",
        TermKept = "Не учтены исполнительные производства, по которым установленный законом срок исполнения не нарушен: {count}.",
        PrivateInterest = "Не учтены исполнительные производства о взыскании денег в интересах организаций частной формы собственности: {count}.",
        WithoutWrit = "Не учтены судебные решения, исполняемые без выписки исполнительного листа (статья 282 ГПК): {count}.",
        Culture = "ru-RU",
    };
}
