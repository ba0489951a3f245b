using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>Warnings on the act form: at their field, apart from errors and not red, never in the way of the act.</summary>
public sealed class WarningsTests(WebApp app)
{
    [Fact]
    public async Task A_sum_typed_without_its_words_is_a_warning_at_its_field_and_the_act_stays_valid()
    {
        // A Kazakh interface over a Russian act: the page's own words are Kazakh, the validator's message Russian.
        await using var session = await BrowserSession.OpenAsync(app, "/", ui: "kk");
        var form = new ActFormPage(session.Page);
        await form.ChooseAsync("order", "ru");
        await form.StartFromExampleAsync(ActFormPage.ValidKk);

        await form.FillAsync("Тексеру барысында анықталғаны", "Задолженность в сумме 5 000 тенге не взыскана.");

        var warnings = form.WarningsAt("findings");
        await Expect(warnings).ToContainTextAsync("Ескерту:");
        await Expect(warnings).ToContainTextAsync("Сумма «5 000 тенге» указана только цифрами.");
        await Expect(form.ErrorsAt("findings")).ToBeHiddenAsync();
        await Expect(warnings).ToHaveCSSAsync("color", "rgb(122, 82, 0)");
        await Expect(form.Status).ToHaveTextAsync(ActFormPage.ValidKk);
        await Expect(session.Page.Locator("#warnings-note")).ToContainTextAsync("Мәтінге ескертулер саны:");
        await Expect(form.Preview).ToContainTextAsync("Задолженность в сумме 5 000 тенге не взыскана.");
    }
}
