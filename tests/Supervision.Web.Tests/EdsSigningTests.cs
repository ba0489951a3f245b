using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Register;
using Supervision.Testing;
using Supervision.Web.Tests.People;
using Supervision.Web.Tests.Signing;
using static Microsoft.Playwright.Assertions;

namespace Supervision.Web.Tests;

/// <summary>
/// Signing an issued act with the signatory's EDS from his inbox (issue 14, point 2): the page prepares the
/// PDF on the server, has NCALayer (here its stand-in, speaking NCALayer's protocol with the district
/// prosecutor's test key) sign the bytes, and hands the CMS back; the signed PDF it then offers is one
/// poppler's pdfsig calls valid. When NCALayer is not running, or the person cancels its dialog, the page
/// says so in his language and nothing is stored.
/// </summary>
public sealed partial class EdsSigningTests(WebApp app)
{
    [Fact]
    public async Task The_prosecutor_signs_a_draft_then_signs_the_issued_act_with_his_EDS_and_downloads_a_PDF_pdfsig_calls_valid()
    {
        var draft = await DraftsOverHttp.SubmitExampleAsync(app, TestPeople.Drafter, TestPeople.Prosecutor, "order", "ru");
        await using var session = await BrowserSession.OpenAsync(app, "/inbox?box=for-signature", ui: "ru", height: 1000, signedInAs: TestPeople.Prosecutor);
        await session.Page.Locator($"#inbox-rows tr[data-id='{draft}']").GetByRole(AriaRole.Button).ClickAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Подписать", Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#detail-state")).ToHaveTextAsync(IssuedRu());
        var number = IssuedRu().Match(await session.Page.Locator("#detail-state").InnerTextAsync()).Groups[1].Value;
        var document = await session.Page.Locator("#detail-status a[data-format='pdf']").GetAttributeAsync("href");
        var id = IssuedId().Match(document!).Groups[1].Value;

        await session.Page.GetByRole(AriaRole.Tab, new() { Name = "Ожидают подписи ЭЦП" }).ClickAsync();
        await Expect(session.Page.Locator("#inbox-help")).ToContainTextAsync("NCALayer");
        var row = session.Page.Locator($"#inbox-rows tr[data-id='{id}']");
        await Expect(row).ToContainTextAsync(number);
        await row.GetByRole(AriaRole.Button, new() { Name = $"Подписать ЭЦП акт № {number}", Exact = true }).ClickAsync();

        var status = session.Page.Locator("#eds-status");
        await Expect(status.Locator(".done")).ToContainTextAsync("Акт подписан ЭЦП");
        await Expect(status.Locator(".eds-signer")).ToHaveTextAsync(new Regex($"^Подписал: .*{TestPeople.Prosecutor.Surname}"));
        await Expect(status.Locator(".eds-time")).ToHaveTextAsync(new Regex(@"^Время подписания: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$"));
        await Expect(row).ToHaveCountAsync(0);
        await SaveAsync(session.Page, "inbox-eds-signed.ru.png");

        // What the page asked NCALayer: a detached CAdES of the prepared bytes, with a key of a PKCS#12 file.
        var request = JsonNode.Parse(app.NcaLayer.Requests[^1])!;
        Assert.Equal("kz.gov.pki.knca.commonUtils", request["module"]!.GetValue<string>());
        Assert.Equal("createCAdESFromBase64", request["method"]!.GetValue<string>());
        Assert.Equal("PKCS12", request["args"]![0]!.GetValue<string>());
        Assert.Equal("SIGNATURE", request["args"]![1]!.GetValue<string>());
        Assert.False(request["args"]![3]!.GetValue<bool>());

        var download = await session.Page.RunAndWaitForDownloadAsync(() => status.GetByRole(AriaRole.Link, new() { Name = "Скачать подписанный PDF" }).ClickAsync());
        var pdf = Path.Combine(app.Pki.Folder, $"signed-{draft}.pdf");
        await download.SaveAsAsync(pdf);
        var pdfsig = Tools.Run("pdfsig", pdf);
        Assert.Contains("Signature is Valid.", pdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", pdfsig, StringComparison.Ordinal);
        Assert.Contains($"serialNumber=IIN{TestRegister.Iin(TestPeople.Prosecutor.Login)}", pdfsig, StringComparison.Ordinal);
        Assert.Contains("ETSI.CAdES.detached", pdfsig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_NCALayer_is_not_running_the_page_says_so_in_Kazakh_and_nothing_is_stored()
    {
        var act = await IssuedAsync("kk");
        await app.NcaLayer.BeAbsentAsync();
        try
        {
            await using var session = await RefusedAsync(act, "kk");
            await Expect(session.Page.Locator("#eds-status .failed .eds-reason")).ToContainTextAsync("NCALayer іске қосылмаған");
            await SaveAsync(session.Page, "inbox-eds-ncalayer-absent.kk.png");
        }
        finally
        {
            await app.NcaLayer.BePresentAsync();
        }

        Assert.False(await HasSignatureAsync(act.Id));
    }

    [Fact]
    public async Task When_the_prosecutor_cancels_in_NCALayer_the_page_says_so_in_Russian_and_nothing_is_stored()
    {
        var act = await IssuedAsync("ru");
        var asked = app.NcaLayer.Requests.Count;
        app.NcaLayer.Answer = NcaLayerAnswer.Cancel;
        try
        {
            await using var session = await RefusedAsync(act, "ru");
            await Expect(session.Page.Locator("#eds-status .failed .eds-reason")).ToHaveTextAsync("Подписание отменено в окне NCALayer. Подпись не сохранена.");
            await SaveAsync(session.Page, "inbox-eds-cancelled.ru.png");
        }
        finally
        {
            app.NcaLayer.Answer = NcaLayerAnswer.Sign;
        }

        Assert.Equal(asked + 1, app.NcaLayer.Requests.Count);
        Assert.False(await HasSignatureAsync(act.Id));
    }

    [Fact]
    public async Task When_another_program_answers_at_NCALayers_address_the_page_says_so_in_Kazakh_without_English_and_nothing_is_stored()
    {
        var act = await IssuedAsync("kk");
        app.NcaLayer.Answer = NcaLayerAnswer.Foreign;
        try
        {
            await using var session = await RefusedAsync(act, "kk");
            await Expect(session.Page.Locator("#eds-status .failed .eds-reason")).ToHaveTextAsync("NCALayer мекенжайында басқа бағдарлама жауап береді: ол NCALayer нұсқасын атамайды. Оны жауып, NCALayer бағдарламасын іске қосып, қайта қол қойып көріңіз.");
        }
        finally
        {
            app.NcaLayer.Answer = NcaLayerAnswer.Sign;
        }

        Assert.False(await HasSignatureAsync(act.Id));
    }

    /// <summary>
    /// The prosecutor presses "sign with EDS" on the act's row of his EDS box; the page says it is not signed
    /// and keeps the row. Answers his session, for the reason to be read.
    /// </summary>
    private async Task<BrowserSession> RefusedAsync(ActSummary act, string ui)
    {
        var session = await BrowserSession.OpenAsync(app, "/inbox?box=eds", ui: ui, height: 800, signedInAs: TestPeople.Prosecutor);
        try
        {
            var row = session.Page.Locator($"#inbox-rows tr[data-id='{act.Id}']");
            await row.GetByRole(AriaRole.Button, new() { Name = ui == "kk" ? "ЭЦҚ-мен қол қою" : "Подписать ЭЦП" }).ClickAsync();
            await Expect(session.Page.Locator("#eds-status .failed")).ToContainTextAsync(ui == "kk" ? "ЭЦҚ-мен қол қойылмады" : "Не подписано ЭЦП");
            await Expect(row).ToHaveCountAsync(1);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>An order drafted for the district prosecutor and signed by him over HTTP: issued, without an EDS signature.</summary>
    private async Task<ActSummary> IssuedAsync(string language)
    {
        var draft = await DraftsOverHttp.SubmitExampleAsync(app, TestPeople.Drafter, TestPeople.Prosecutor, "order", language);
        var register = await app.RegisterAsync(TestContext.Current.CancellationToken);
        var prosecutor = Principal.ForPerson(TestPeople.Prosecutor.Login, TestPeople.District, TestPeople.Prosecutor.Roles);
        var issued = Assert.IsType<DraftOutcome.Issued>(await register.Drafts.SignAsync(prosecutor, draft, TestContext.Current.CancellationToken));
        var waiting = await register.ListAsync(new RegisterQuery { Signatory = TestPeople.Prosecutor.Login, Eds = EdsState.Missing }, TestContext.Current.CancellationToken);
        return Assert.Single(waiting, act => act.Id == issued.Act.Id);
    }

    private async Task<bool> HasSignatureAsync(long id)
    {
        var register = await app.RegisterAsync(TestContext.Current.CancellationToken);
        var signed = await register.ListAsync(new RegisterQuery { Eds = EdsState.Attached, Limit = RegisterQuery.MaxLimit }, TestContext.Current.CancellationToken);
        return signed.Any(act => act.Id == id);
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        await page.Mouse.MoveAsync(0, 0);
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name) });
    }

    [GeneratedRegex(@"/api/acts/issued/(\d+)/document")]
    private static partial Regex IssuedId();

    [GeneratedRegex(@"^выпущен · Регистрационный номер: (2-11-\d{2}/\d+)$")]
    private static partial Regex IssuedRu();
}
