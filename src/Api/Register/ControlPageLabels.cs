using Supervision.Acts;

namespace Supervision.Api.Register;

/// <summary>The words of the execution control page in Kazakh and in Russian.</summary>
internal sealed record ControlPageLabels
{
    public static ControlPageLabels Kazakh { get; } = new()
    {
        Language = ActLanguage.Kk,
        Title = "Актілердің орындалуын бақылау",
        SignedInAs = "Жүйеге кірген:",
        Subtitle = "Прокурорлық қадағалау актілерінің тізілімі",
        Office = "Прокуратура органының индексі",
        Prosecutor = "Прокурор (Т.А.Ә.)",
        AsOf = "Күні",
        Days = "Алдағы күндер саны",
        Show = "Көрсету",
        Summary = "{0} жағдай бойынша: мерзімі өткен актілер — {1}, {2} күн ішінде мерзімі келетін актілер — {3}.",
        Overdue = "Мерзімі өткен актілер",
        DueSoon = "Мерзімі жақындаған актілер",
        None = "Актілер жоқ.",
        Number = "Тіркеу нөмірі",
        Date = "Акт күні",
        Kind = "Акт түрі",
        OfficeColumn = "Прокуратура органы",
        DueDate = "Орындау мерзімі",
        DaysOverdue = "Кешіктірілген күндер",
        DaysLeft = "Қалған күндер",
        Documents = "Құжаттар",
        ByOffice = "Прокуратура органдары бойынша",
        ByProsecutor = "Прокурорлар бойынша",
        OverdueCount = "Мерзімі өткен",
        DueSoonCount = "Мерзімі жақындаған",
        Shown = "Көрсетілгені: {0}–{1}, барлығы {2}.",
        PreviousPage = "Алдыңғы бет",
        NextPage = "Келесі бет",
        OwedReports = "Бас прокуратураға тапсырылуға тиіс ақпарат",
        OwedNone = "Тапсырылмаған ақпарат жоқ.",
        OwedReport = "Ақпарат",
        OwedPeriod = "Есептік кезең",
        OwedDue = "Тапсыру мерзімі",
        OwedState = "Жағдайы",
        OwedOverdue = "мерзімі өткен",
        OwedInTerm = "мерзімі өтпеген",
        QuarterPeriod = "{1} жылғы {0}-тоқсан",
        YearPeriod = "{0} жыл",
        Proceedings = "Атқарушылық іс жүргізулер",
    };

    public static ControlPageLabels Russian { get; } = new()
    {
        Language = ActLanguage.Ru,
        Title = "Контроль исполнения актов",
        SignedInAs = "Вход выполнен:",
        Subtitle = "Реестр актов прокурорского надзора",
        Office = "Индекс органа прокуратуры",
        Prosecutor = "Прокурор (Ф.И.О.)",
        AsOf = "На дату",
        Days = "Дней вперёд",
        Show = "Показать",
        Summary = "По состоянию на {0}: просроченных актов — {1}, актов со сроком в ближайшие {2} дн. — {3}.",
        Overdue = "Просроченные акты",
        DueSoon = "Акты с истекающим сроком",
        None = "Актов нет.",
        Number = "Рег. номер",
        Date = "Дата акта",
        Kind = "Вид акта",
        OfficeColumn = "Орган прокуратуры",
        DueDate = "Срок исполнения",
        DaysOverdue = "Просрочено дней",
        DaysLeft = "Осталось дней",
        Documents = "Документы",
        ByOffice = "По органам прокуратуры",
        ByProsecutor = "По прокурорам",
        OverdueCount = "Просрочено",
        DueSoonCount = "Истекает срок",
        Shown = "Показаны {0}–{1} из {2}.",
        PreviousPage = "Предыдущая страница",
        NextPage = "Следующая страница",
        OwedReports = "Информация, подлежащая представлению в Генеральную прокуратуру",
        OwedNone = "Непредставленной информации нет.",
        OwedReport = "Информация",
        OwedPeriod = "Отчётный период",
        OwedDue = "Срок представления",
        OwedState = "Состояние",
        OwedOverdue = "срок истёк",
        OwedInTerm = "срок не истёк",
        QuarterPeriod = "{0} квартал {1} года",
        YearPeriod = "{0} год",
        Proceedings = "Исполнительные производства",
    };

    public required ActLanguage Language { get; init; }

    public required string Title { get; init; }

    /// <summary>Before the login of who is signed in (or the client's name), in the page's header.</summary>
    public required string SignedInAs { get; init; }

    public required string Subtitle { get; init; }

    public required string Office { get; init; }

    public required string Prosecutor { get; init; }

    public required string AsOf { get; init; }

    public required string Days { get; init; }

    public required string Show { get; init; }

    /// <summary>{0} the date, {1} overdue, {2} the window in days, {3} due soon.</summary>
    public required string Summary { get; init; }

    public required string Overdue { get; init; }

    public required string DueSoon { get; init; }

    public required string None { get; init; }

    public required string Number { get; init; }

    public required string Date { get; init; }

    public required string Kind { get; init; }

    public required string OfficeColumn { get; init; }

    public required string DueDate { get; init; }

    public required string DaysOverdue { get; init; }

    public required string DaysLeft { get; init; }

    public required string Documents { get; init; }

    public required string ByOffice { get; init; }

    public required string ByProsecutor { get; init; }

    public required string OverdueCount { get; init; }

    public required string DueSoonCount { get; init; }

    /// <summary>{0} the first act shown, {1} the last, {2} the list's total: under a list longer than a page.</summary>
    public required string Shown { get; init; }

    public required string PreviousPage { get; init; }

    public required string NextPage { get; init; }

    /// <summary>The heading of the periodic reports the office owes (p. 11, 12).</summary>
    public required string OwedReports { get; init; }

    public required string OwedNone { get; init; }

    public required string OwedReport { get; init; }

    public required string OwedPeriod { get; init; }

    public required string OwedDue { get; init; }

    public required string OwedState { get; init; }

    public required string OwedOverdue { get; init; }

    public required string OwedInTerm { get; init; }

    /// <summary>{0} the quarter in Roman numerals (Russian) or digits (Kazakh), {1} the year.</summary>
    public required string QuarterPeriod { get; init; }

    /// <summary>{0} the year.</summary>
    public required string YearPeriod { get; init; }

    /// <summary>The navigation link to the tracked enforcement proceedings.</summary>
    public required string Proceedings { get; init; }

    public static ControlPageLabels For(ActLanguage language) => language == ActLanguage.Kk ? Kazakh : Russian;
}
