using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>The act form in a real browser: filling, checking, errors at their fields, preview, drafts, languages.</summary>
public sealed class ActFormTests(WebApp app)
{
    public static TheoryData<string, string, string?, string, string> KindsAndLanguages => new()
    {
        // kind, act language, instance, label of a prose field to rewrite, the valid status in that interface
        { "instruction", "ru", null, "Установлено проверкой", ActFormPage.ValidRu },
        { "protest", "ru", null, "Установлено проверкой", ActFormPage.ValidRu },
        { "conclusion", "ru", "first", "Наименование дела", ActFormPage.ValidRu },
        { "instruction", "kk", null, "Тексеру барысында анықталғаны", ActFormPage.ValidKk },
        { "protest", "kk", null, "Тексеру барысында анықталғаны", ActFormPage.ValidKk },
        { "conclusion", "kk", "appeal", "Істің атауы", ActFormPage.ValidKk },
    };

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public async Task A_prosecutor_fills_and_submits_an_act_and_sees_it_in_the_preview(string kind, string language, string? instance, string proseLabel, string valid)
    {
        // The interface in the act's language, as a prosecutor writing in it would have it.
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: language);
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync(kind, language, instance);
        await form.StartFromExampleAsync(valid);

        var numberLabel = language == "ru" ? "Исходящий регистрационный номер" : "Шығыс тіркеу нөмірі";
        await form.FillAsync(numberLabel, "2-99-25/1234");
        var prose = $"{(language == "ru" ? "Проверка проведена" : "Тексеру жүргізілді")} {kind}-{language}.";
        await form.FillAsync(proseLabel, prose);
        await form.SubmitAsync();

        await Expect(form.Status).ToHaveTextAsync(valid);
        await Expect(form.Summary).ToBeHiddenAsync();
        await Expect(form.Preview).ToContainTextAsync("2-99-25/1234");
        await Expect(form.Preview).ToContainTextAsync(prose);
        await Expect(form.Preview).ToHaveAttributeAsync("lang", language == "ru" ? "ru-RU" : "kk-KZ");
    }

    [Fact]
    public async Task An_act_typed_field_by_field_from_a_blank_form_is_valid()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", "ru");

        var fields = new (string Label, string Value)[]
        {
            ("Исходящий регистрационный номер", "2-11-25/4186"),
            ("Дата акта", "2025-10-14"),
            ("Место составления", "г. Астана"),
            ("Уровень прокуратуры", "district"),
            ("Наименование прокуратуры", "Прокуратура района Сарыарка города Астаны"),
            ("Вид адресата", "private-bailiff"),
            ("Должность адресата (в дательном падеже)", "Частному судебному исполнителю исполнительного округа города Астаны"),
            ("Фамилия и инициалы адресата (в дательном падеже)", "Тұрсынбаеву Е.Б."),
            ("Номер исполнительного производства", "3872/25"),
            ("Дата возбуждения исполнительного производства", "2025-03-18"),
            ("Вид исполнительного документа", "судебный приказ"),
            ("Номер исполнительного документа", "7119-25-00-2/614"),
            ("Дата выдачи исполнительного документа", "2025-03-11"),
            ("Орган, выдавший исполнительный документ", "Специализированного межрайонного суда по делам несовершеннолетних города Астаны"),
            ("Вид взыскателя", "individual"),
            ("Наименование взыскателя", "Мұхаметжанова Айгерім Болатқызы"),
            ("Вид должника", "individual"),
            ("Наименование должника", "Сәрсенбаев Ерлан Маратұлы"),
            ("Установлено проверкой", "Проверкой установлено, что алименты не взыскиваются с апреля 2025 года."),
            ("Нарушения закона: Пункт 1", "Запросы в банки направлены однократно."),
            ("Требования: Пункт 1", "Направить запросы в банки второго уровня."),
            ("Срок исполнения", "2025-11-04"),
            ("Должность подписывающего", "deputy"),
            ("Печатаемая должность подписывающего", "Заместитель прокурора района Сарыарка города Астаны"),
            ("Фамилия подписывающего", "Әбдірахманов"),
            ("Имя подписывающего", "Даурен"),
            ("Классный чин подписывающего", "junior-counsellor-of-justice"),
            ("Фамилия и инициалы исполнителя", "Г. Сапарова"),
            ("Телефон исполнителя", "8 (7172) 55-43-21"),
        };
        foreach (var (label, value) in fields)
        {
            await form.FillAsync(label, value);
        }

        // A second violation, added with the list's button; then a third, removed again.
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Добавить: Нарушения закона", Exact = true }).ClickAsync();
        await Expect(form.Field("Нарушения закона: Пункт 2")).ToBeFocusedAsync();
        await form.FillAsync("Нарушения закона: Пункт 2", "Арест на автомобиль должника не наложен.");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Добавить: Нарушения закона", Exact = true }).ClickAsync();
        await form.FillAsync("Нарушения закона: Пункт 3", "Лишний пункт.");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Удалить: Нарушения закона, пункт 3", Exact = true }).ClickAsync();
        await Expect(form.Field("Нарушения закона: Пункт 3")).ToHaveCountAsync(0);

        await form.SubmitAsync();
        await Expect(form.Status).ToHaveTextAsync(ActFormPage.ValidRu);
        await Expect(form.Preview).ToContainTextAsync("Арест на автомобиль должника не наложен.");
        await Expect(form.Preview).Not.ToContainTextAsync("Лишний пункт.");
    }

    [Fact]
    public async Task A_missing_field_shows_its_message_next_to_it()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("protest", "ru");
        await form.StartFromExampleAsync(ActFormPage.ValidRu);

        await form.FillAsync("Исходящий регистрационный номер", "");

        await Expect(form.ErrorsAt("number")).ToHaveTextAsync("Не заполнено поле «Исходящий регистрационный номер».");
        await Expect(form.Field("Исходящий регистрационный номер")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Status).ToHaveTextAsync("Ошибок в акте: 1.");
    }

    [Fact]
    public async Task A_new_form_waits_for_submit_before_calling_empty_fields_missing()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("order", "ru");
        await Expect(form.Status).ToContainTextAsync("Ошибок в акте");
        await Expect(form.ErrorsAt("number")).ToBeHiddenAsync();

        await form.SubmitAsync();

        await Expect(form.ErrorsAt("number")).ToHaveTextAsync("Не заполнено поле «Исходящий регистрационный номер».");
        await Expect(form.Summary).ToBeFocusedAsync();
        // A part left wholly blank is not sent, and its fieldset carries the message.
        await Expect(form.ErrorsAt("executor")).ToHaveTextAsync("Не заполнено поле «Исполнитель».");
        // Each summary line is a button that takes the keyboard to its field.
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Не заполнено поле «Место составления».", Exact = true }).ClickAsync();
        await Expect(form.Field("Место составления")).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("ru", "Должность подписывающего", "не вправе подписывать акт «предписание об устранении нарушения закона»")]
    [InlineData("kk", "Қол қоюшының лауазымы", "«заң бұзушылықты жою туралы ұйғарым» актісіне орынбасар қол қоя алмайды")]
    public async Task A_deputy_signing_an_order_at_district_level_is_told_at_the_position(string language, string positionLabel, string message)
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: language);
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("order", language);
        await form.StartFromExampleAsync(language == "ru" ? ActFormPage.ValidRu : ActFormPage.ValidKk);

        await form.FillAsync(positionLabel, "deputy");

        await Expect(form.ErrorsAt("signatory.position")).ToContainTextAsync(message);
        await Expect(form.Field(positionLabel)).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task An_error_in_a_list_item_lands_on_the_item_typed_even_after_a_blank_one()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", "ru");
        await form.StartFromExampleAsync(ActFormPage.ValidRu);

        // Item 2 blank (left out of the act), item 3 holds a control character: the act's violations[1].
        await form.FillAsync("Нарушения закона: Пункт 2", "");
        await form.FillAsync("Нарушения закона: Пункт 3", "Текст со звонком \u0007 внутри.");

        await Expect(form.ErrorsAt("violations[2]")).Not.ToBeEmptyAsync();
        await Expect(form.ErrorsAt("violations[1]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_sum_is_shown_in_words_as_it_is_typed()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", "ru");

        await form.Field("Сумма взыскания").FillAsync("632924.51");

        await Expect(session.Page.Locator("output.amount-words")).ToHaveTextAsync(
            "Прописью: 632\u00A0924 (шестьсот тридцать две тысячи девятьсот двадцать четыре) тенге 51 (пятьдесят один) тиын");
    }

    [Fact]
    public async Task A_draft_survives_a_reload_and_a_change_of_kind()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("submission", "ru");
        await form.FillAsync("Место составления", "г. Караганда");
        await form.FillAsync("Причины и условия нарушений: Пункт 1", "Слабый ведомственный контроль.");

        await session.ReloadAsync();
        await Expect(session.Page.Locator("#kind")).ToHaveValueAsync("submission");
        await Expect(form.Field("Место составления")).ToHaveValueAsync("г. Караганда");

        await form.ChooseAsync("order", "ru");
        await Expect(form.Field("Место составления")).ToHaveValueAsync("");
        await form.ChooseAsync("submission", "ru");
        await Expect(form.Field("Причины и условия нарушений: Пункт 1")).ToHaveValueAsync("Слабый ведомственный контроль.");
    }

    [Fact]
    public async Task Switching_the_interface_language_relabels_the_form_keeps_the_values_and_is_remembered()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "kk");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("instruction", "ru");
        await form.FillAsync("Шығыс тіркеу нөмірі", "2-11-25/4186");
        await Expect(session.Page.Locator("#section-requisites")).ToHaveTextAsync("Деректемелер");

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Русский", Exact = true }).ClickAsync();

        await Expect(form.Field("Исходящий регистрационный номер")).ToHaveValueAsync("2-11-25/4186");
        await Expect(session.Page.Locator("#section-requisites")).ToHaveTextAsync("Реквизиты");
        await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(session.Page.Locator("#kind option:checked")).ToHaveTextAsync("Письменное указание");
        // The act stays Russian: the interface language is the prosecutor's, not the act's.
        await Expect(session.Page.Locator("#act-language")).ToHaveValueAsync("ru");

        await session.ReloadAsync();
        await Expect(form.Field("Исходящий регистрационный номер")).ToHaveValueAsync("2-11-25/4186");
    }

    [Fact]
    public async Task A_conclusion_shows_the_review_sections_only_in_appeal_and_cassation()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("conclusion", "ru", "first");
        await Expect(session.Page.Locator("fieldset[data-path='panel']")).ToBeHiddenAsync();
        await Expect(session.Page.Locator("#variant-tool")).ToBeVisibleAsync();

        await session.Page.Locator("#instance").SelectOptionAsync("appeal");

        await Expect(session.Page.Locator("fieldset[data-path='panel']")).ToBeVisibleAsync();
        await Expect(form.Field("Судья-докладчик")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_review_conclusion_has_no_addressee_and_an_order_offers_only_its_addressees()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("review-conclusion", "ru");
        await Expect(session.Page.Locator("[data-path='addressee']")).ToHaveCountAsync(0);

        await form.ChooseAsync("protest", "ru");
        var offered = await form.Field("Вид адресата").Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Equal(["", "department-head", "private-bailiff"], offered);
    }

    [Fact]
    public async Task A_kind_chosen_while_the_one_before_is_still_loading_shows_only_the_last_choice()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        // The review conclusion's schema comes late, after the protest chosen behind it has been drawn.
        await session.Page.RouteAsync("**/api/acts/review-conclusion/schema", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await route.ContinueAsync();
        });
        await session.Page.Locator("#act-language").SelectOptionAsync("ru");
        await session.Page.Locator("#kind").SelectOptionAsync("review-conclusion");
        await session.Page.Locator("#kind").SelectOptionAsync("protest");
        await Expect(session.Page.Locator("#fields[data-kind='protest']")).ToBeAttachedAsync();

        // Once the late answer has come, the form is still the protest's, with its addressee.
        await session.Page.WaitForResponseAsync("**/api/acts/review-conclusion/schema");
        await session.Page.WaitForTimeoutAsync(300);
        await Expect(session.Page.Locator("#fields[data-kind='protest']")).ToBeAttachedAsync();
        await Expect(new ActFormPage(session.Page).Field("Вид адресата")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_choice_made_while_another_kind_loads_keeps_each_kinds_draft_its_own()
    {
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "ru");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("submission", "ru");
        await form.FillAsync("Место составления", "г. Караганда");
        // The order's form comes late: the language is chosen again (a select fires its change event even for
        // the same value) while the submission's form is still the one on the page.
        await session.Page.RouteAsync("**/api/acts/order/schema", async route =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await route.ContinueAsync();
        });
        await session.Page.Locator("#kind").SelectOptionAsync("order");
        await session.Page.Locator("#act-language").SelectOptionAsync("ru");
        await Expect(session.Page.Locator("#fields[data-kind='order']")).ToBeAttachedAsync();

        // The order starts empty, and its draft holds nothing of the submission's.
        await Expect(form.Field("Место составления")).ToHaveValueAsync("");
        var orderDraft = await session.Page.EvaluateAsync<string?>("() => localStorage.getItem('supervision.draft.order.ru')");
        Assert.DoesNotContain("Караганда", orderDraft ?? string.Empty, StringComparison.Ordinal);
        await form.ChooseAsync("submission", "ru");
        await Expect(form.Field("Место составления")).ToHaveValueAsync("г. Караганда");
    }
}
