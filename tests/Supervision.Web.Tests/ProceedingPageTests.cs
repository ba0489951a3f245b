using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Register;
using Supervision.Web.Tests.People;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// Issue 15, point 4, in the pages: a controller enters and changes the enforcement proceedings under supervision
/// at /register/proceedings, sees the register's refusals in his language beside the field they name with what he
/// typed kept, and opens p. 17's report for the office and period, whose figures are those computed here by hand.
/// Each test keeps to a year of its own, so that the register the tests share holds no other proceeding in it.
/// </summary>
public sealed partial class ProceedingPageTests(WebApp app)
{
    private const string Path = "/register/proceedings";

    [Fact]
    public async Task A_controller_enters_and_changes_proceedings_in_Kazakh_and_the_p17_report_shows_the_figures_computed_by_hand()
    {
        await using var session = await BrowserSession.OpenAsync(app, $"{Path}?lang=kk", ui: "kk", signedInAs: TestPeople.Prosecutor);
        var page = session.Page;
        await Expect(page.Locator("h1")).ToHaveTextAsync("Қадағалаудағы атқарушылық іс жүргізулер");
        await Expect(page.Locator("#editor-heading")).ToHaveTextAsync("Атқарушылық іс жүргізуді есепке алу");
        // A controller enters his own office's proceedings only.
        await Expect(page.Locator("#p-officeCode")).ToHaveValueAsync(TestPeople.District);
        await Expect(page.Locator("#p-officeCode")).Not.ToBeEditableAsync();

        // A recovery for the state whose legal term was breached, with more recovered than due: the register refuses it.
        await page.GetByLabel("Санаты", new() { Exact = true }).Last.SelectOptionAsync("state-revenue");
        await Expect(page.Locator("#p-privateInterest")).ToBeHiddenAsync();
        await Expect(page.Locator("#p-executed")).ToBeHiddenAsync();
        await page.GetByLabel("Атқарушылық іс жүргізудің нөмірі").FillAsync("2019-0101");
        await page.GetByLabel("Атқарушылық құжат", new() { Exact = true }).FillAsync("Астана қаласы Сарыарқа аудандық сотының 2019 жылғы 15 қаңтардағы № 2-101/2019 атқару парағы");
        await page.GetByLabel("Өндіріп алушы").FillAsync("Астана қаласы бойынша Мемлекеттік кірістер департаменті");
        await page.GetByLabel("Борышкер").FillAsync("«Құрылыс-Сервис» ЖШС");
        await page.GetByLabel("Өндірілуге жататын сома, теңге").FillAsync("1 200 000");
        await page.GetByLabel("Өндірілген сома, теңге").FillAsync("1 250 000");
        await page.GetByLabel("Атқарушылық іс жүргізу қозғалған күн").FillAsync("2019-02-01");
        await page.GetByLabel("Өндірілген сома қай күнгі жағдай бойынша").FillAsync("2019-06-28");
        await page.GetByLabel("Заңда белгіленген орындау мерзімі бұзылған").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сақтау", Exact = true }).ClickAsync();

        await Expect(page.Locator("#e-recovered")).ToHaveTextAsync("Өндірілген сома өндірілуге жататын сомадан артық болмауы тиіс.");
        await Expect(page.Locator("#p-recovered")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#p-recovered")).ToBeFocusedAsync();
        // Nothing typed is lost.
        await Expect(page.Locator("#p-number")).ToHaveValueAsync("2019-0101");
        await Expect(page.Locator("#p-sumDue")).ToHaveValueAsync("1 200 000");
        await Expect(page.Locator("#p-recovered")).ToHaveValueAsync("1 250 000");
        await Expect(page.Locator("#p-openedOn")).ToHaveValueAsync("2019-02-01");
        await Expect(page.Locator("#p-termBreached")).ToBeCheckedAsync();
        await Expect(page.Locator("#p-creditor")).ToHaveValueAsync("Астана қаласы бойынша Мемлекеттік кірістер департаменті");
        await SaveAsync(page, "proceedings.error.kk.png");

        await page.GetByLabel("Өндірілген сома, теңге").FillAsync("450 000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сақтау", Exact = true }).ClickAsync();
        await Expect(page.Locator("#form-status")).ToHaveTextAsync("№ 2019-0101 атқарушылық іс жүргізу туралы мәліметтер сақталды.");
        await Expect(page.Locator("#e-recovered")).ToBeHiddenAsync();
        await Expect(Row(page, "2019-0101").Locator("td").Nth(2)).ToHaveTextAsync("Мемлекет пайдасына өндіру");

        // A property claim of the prosecutor: the breached term is not asked, the private interest is.
        await page.GetByLabel("Санаты", new() { Exact = true }).Last.SelectOptionAsync("prosecutor-claim-property");
        await Expect(page.Locator("#p-termBreached")).ToBeHiddenAsync();
        await Expect(page.Locator("#p-privateInterest")).ToBeVisibleAsync();
        await page.GetByLabel("Атқарушылық іс жүргізудің нөмірі").FillAsync("2019-0202");
        await page.GetByLabel("Атқарушылық құжат", new() { Exact = true }).FillAsync("Астана қаласы мамандандырылған ауданаралық экономикалық сотының 2019 жылғы 1 наурыздағы № 7199-19-00-2/55 атқару парағы");
        await page.GetByLabel("Өндіріп алушы").FillAsync("Астана қаласының прокуратурасы (мемлекет мүддесінде)");
        await page.GetByLabel("Борышкер").FillAsync("«Жол-Құрылыс» АҚ");
        await page.GetByLabel("Өндірілуге жататын сома, теңге").FillAsync("2 000 000");
        await page.GetByLabel("Өндірілген сома, теңге").FillAsync("500 000");
        await page.GetByLabel("Атқарушылық іс жүргізу қозғалған күн").FillAsync("2019-03-10");
        await page.GetByLabel("Атқарушылық іс жүргізу аяқталған күн").FillAsync("2019-11-30");
        await page.GetByLabel("Өндірілген сома қай күнгі жағдай бойынша").FillAsync("2019-09-16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сақтау", Exact = true }).ClickAsync();
        await Expect(page.Locator("#form-status")).ToHaveTextAsync("№ 2019-0202 атқарушылық іс жүргізу туралы мәліметтер сақталды.");

        // A non-property claim: no sums at all, whether its court act was executed.
        await page.GetByLabel("Санаты", new() { Exact = true }).Last.SelectOptionAsync("prosecutor-claim-non-property");
        await Expect(page.Locator("#p-sumDue")).ToBeHiddenAsync();
        await Expect(page.Locator("#p-recovered")).ToBeHiddenAsync();
        await page.GetByLabel("Атқарушылық іс жүргізудің нөмірі").FillAsync("2019-0303");
        await page.GetByLabel("Атқарушылық құжат", new() { Exact = true }).FillAsync("Астана қаласы Сарыарқа аудандық сотының 2019 жылғы 2 сәуірдегі № 2-303/2019 атқару парағы");
        await page.GetByLabel("Өндіріп алушы").FillAsync("Астана қаласы Сарыарқа ауданының прокуратурасы");
        await page.GetByLabel("Борышкер").FillAsync("Астана қаласының әкімдігі");
        await page.GetByLabel("Атқарушылық іс жүргізу қозғалған күн").FillAsync("2019-05-05");
        await page.GetByLabel("Сот актісі нақты орындалды").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Сақтау", Exact = true }).ClickAsync();
        await Expect(page.Locator("#form-status")).ToHaveTextAsync("№ 2019-0303 атқарушылық іс жүргізу туралы мәліметтер сақталды.");

        // The property claim changed: more was recovered since.
        await Row(page, "2019-0202").GetByRole(AriaRole.Button, new() { Name = "№ 2019-0202 атқарушылық іс жүргізуді өзгерту" }).ClickAsync();
        await Expect(page.Locator("#editor-heading")).ToHaveTextAsync("№ 2019-0202 атқарушылық іс жүргізу туралы мәліметтерді өзгерту");
        await Expect(page.Locator("#p-category")).ToHaveValueAsync("prosecutor-claim-property");
        await Expect(page.Locator("#p-recovered")).ToHaveValueAsync("500 000");
        await page.GetByLabel("Өндірілген сома, теңге").FillAsync("800 000");
        await page.GetByLabel("Өндірілген сома қай күнгі жағдай бойынша").FillAsync("2019-11-29");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сақтау", Exact = true }).ClickAsync();
        await Expect(page.Locator("#form-status")).ToHaveTextAsync("№ 2019-0202 атқарушылық іс жүргізу туралы мәліметтер сақталды.");
        await Expect(Row(page, "2019-0202").Locator("td.figures")).ToHaveTextAsync("өндірілуге жатады: 2 000 000 теңге, өндірілді: 800 000 теңге");

        // The list of the year, and p. 17's report for the office and the year.
        await page.GetByLabel("Прокуратура органының индексі").First.FillAsync(TestPeople.District);
        await page.GetByLabel("Кезеңнің басы").FillAsync("2019-01-01");
        await page.GetByLabel("Кезеңнің соңы").FillAsync("2019-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Көрсету", Exact = true }).ClickAsync();
        await Expect(page.Locator("#proceedings-rows tr")).ToHaveCountAsync(3);
        await page.Locator("#proceedings-list h2").ScrollIntoViewIfNeededAsync();
        await SaveAsync(page, "proceedings.list.kk.png");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Негізгі көрсеткіштер (17-тармақ)" });
        await Expect(link).ToHaveAttributeAsync("href", "/api/indicators/p17/report?language=kk&office=2-11&from=2019-01-01&to=2019-12-31");
        var report = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), response => response.Url.Contains("/api/indicators/p17/report", StringComparison.Ordinal));
        Assert.Equal((int)HttpStatusCode.OK, report.Status);
        var tables = Tables(await report.TextAsync());

        // By hand: the state's one proceeding, term breached: 450 000 of 1 200 000 = 37.5 %; the property claim:
        // 800 000 of 2 000 000 = 40 %; the non-property claim: 1 executed of 1 in execution = 100 %.
        const string office = "Астана қаласы Сарыарқа ауданының прокуратурасы";
        Assert.Equal(["1", "1 200 000", "450 000", "37,5"], OfficeRow(tables[0], office));
        Assert.Equal(["1", "2 000 000", "800 000", "40"], OfficeRow(tables[1], office));
        Assert.Equal(["1", "1", "100"], OfficeRow(tables[2], office));
    }

    [Fact]
    public async Task A_controller_working_in_Russian_sees_Russian_labels_and_the_registers_refusals_in_Russian()
    {
        await using var session = await BrowserSession.OpenAsync(app, $"{Path}?lang=ru", ui: "ru", signedInAs: TestPeople.Prosecutor);
        var page = session.Page;
        await Expect(page.Locator("h1")).ToHaveTextAsync("Исполнительные производства на надзоре");
        await Expect(page.Locator("#editor-heading")).ToHaveTextAsync("Постановка исполнительного производства на учёт");

        await page.GetByLabel("Категория", new() { Exact = true }).Last.SelectOptionAsync("prosecutor-claim-property");
        await page.GetByLabel("Номер исполнительного производства").FillAsync("2018-0404");
        await page.GetByLabel("Исполнительный документ", new() { Exact = true }).FillAsync("исполнительный лист суда района Сарыарка города Астаны от 12 марта 2018 года № 2-404/2018");
        await page.GetByLabel("Взыскатель").FillAsync("Прокуратура города Астаны в интересах государства");
        await page.GetByLabel("Должник").FillAsync("ТОО «Сарыарка-Строй»");
        await page.GetByLabel("Сумма к взысканию, тенге").FillAsync("300 000,50");
        await page.GetByLabel("Дата возбуждения исполнительного производства").FillAsync("2018-04-20");
        await page.GetByLabel("Дата окончания исполнительного производства").FillAsync("2018-04-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await Expect(page.Locator("#e-closedOn")).ToHaveTextAsync("Дата окончания не может быть раньше даты возбуждения исполнительного производства.");
        await Expect(page.Locator("#p-sumDue")).ToHaveValueAsync("300 000,50");
        await page.Locator("#p-closedOn").ScrollIntoViewIfNeededAsync();
        await SaveAsync(page, "proceedings.error.ru.png");

        await page.GetByLabel("Дата окончания исполнительного производства").FillAsync("2018-10-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await Expect(page.Locator("#form-status")).ToHaveTextAsync("Сведения об исполнительном производстве № 2018-0404 сохранены.");
        await Expect(Row(page, "2018-0404").Locator("td.figures")).ToHaveTextAsync("к взысканию: 300 000,50 тенге, взыскано: 0 тенге");

        // The same number again: the register tracks it already.
        await page.GetByLabel("Номер исполнительного производства").FillAsync("2018-0404");
        await page.GetByLabel("Исполнительный документ", new() { Exact = true }).FillAsync("исполнительный лист № 2-404/2018");
        await page.GetByLabel("Взыскатель").FillAsync("Прокуратура города Астаны");
        await page.GetByLabel("Должник").FillAsync("ТОО «Сарыарка-Строй»");
        await page.GetByLabel("Сумма к взысканию, тенге").FillAsync("1000");
        await page.GetByLabel("Дата возбуждения исполнительного производства").FillAsync("2018-04-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить", Exact = true }).ClickAsync();
        await Expect(page.Locator("#e-number")).ToHaveTextAsync("Исполнительное производство с этим номером уже состоит на учёте в этом органе прокуратуры: найдите его в списке и измените.");
        await Expect(page.Locator("#p-debtor")).ToHaveValueAsync("ТОО «Сарыарка-Строй»");
    }

    [Fact]
    public async Task A_person_without_the_controller_role_reaches_the_page_from_the_navigation_and_sees_the_list_without_the_form()
    {
        await app.EnsurePersonAsync(TestPeople.Prosecutor);
        var register = await app.RegisterAsync(TestContext.Current.CancellationToken);
        var controller = Principal.ForPerson(TestPeople.Prosecutor.Login, TestPeople.District, TestPeople.Prosecutor.Roles);
        Assert.IsType<ProceedingOutcome.Done>(await register.Proceedings.AddAsync(controller, new ProceedingEntry
        {
            OfficeCode = TestPeople.District,
            Number = "2017-0505",
            ExecutiveDocument = "исполнительный лист № 2-505/2017",
            Creditor = "Департамент государственных доходов по городу Астане",
            Debtor = "ТОО «Есиль»",
            Category = ProceedingCategory.StateRevenue,
            TermBreached = true,
            SumDue = 100_000m,
            OpenedOn = new DateOnly(2017, 6, 1),
            ClosedOn = new DateOnly(2017, 12, 20),
        }, TestContext.Current.CancellationToken));

        await using var session = await BrowserSession.OpenAsync(app, "/inbox", ui: "ru", signedInAs: TestPeople.Drafter);
        var page = session.Page;
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Исполнительные производства" }).ClickAsync();
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        Assert.EndsWith($"{Path}?lang=ru", page.Url, StringComparison.Ordinal);

        await Expect(Row(page, "2017-0505").Locator("td").Nth(2)).ToHaveTextAsync("Взыскание в пользу государства");
        await Expect(page.Locator("#proceeding-editor")).ToBeHiddenAsync();
        await Expect(page.Locator("#read-only-note")).ToHaveTextAsync("Исполнительные производства вносит и изменяет сотрудник органа прокуратуры с правом контроля исполнения или администратор.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Изменить" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#proceedings-head th")).ToHaveCountAsync(7);

        // The execution control page leads here too, in its language.
        await session.Page.GotoAsync("/register/control?lang=kk");
        await page.GetByRole(AriaRole.Link, new() { Name = "Атқарушылық іс жүргізулер" }).ClickAsync();
        await Expect(page.Locator("body[data-ready='true']")).ToBeAttachedAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Қадағалаудағы атқарушылық іс жүргізулер");
    }

    private static ILocator Row(IPage page, string number) => page.Locator($"#proceedings-rows tr[data-number='{number}']");

    /// <summary>The report's tables, each its rows of cell texts (tags dropped, spaces as one ordinary space).</summary>
    private static List<List<string[]>> Tables(string html) =>
        [.. TableElement().Matches(html).Select(table => RowElement().Matches(table.Value)
            .Select(row => CellElement().Matches(row.Value).Select(cell => Spaces().Replace(WebUtility.HtmlDecode(Tag().Replace(cell.Groups[1].Value, string.Empty)), " ").Trim()).ToArray())
            .ToList())];

    /// <summary>The figures of an office's row (its name cell left out).</summary>
    private static string[] OfficeRow(List<string[]> table, string office) =>
        Assert.Single(table, row => row.Length > 0 && row[0] == office)[1..];

    private static async Task SaveAsync(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name), FullPage = true });
    }

    [GeneratedRegex(@"<table\b.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex(@"<tr\b.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowElement();

    [GeneratedRegex(@"<t[dh]\b[^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex CellElement();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\s\u00a0\u202f]+")]
    private static partial Regex Spaces();
}
