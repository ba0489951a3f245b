using System.Net;
using System.Net.Http.Headers;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// The QR code of an issued act and the public page it leads to: the code read from the rendered PDF by zbarimg,
/// the page opened without signing in, a PDF compared, an unknown token, and a token changed behind the register's back.
/// </summary>
public abstract class VerificationApiTests : RegisterApiTestBase
{
    private const string Debtor = "Сәрсенбаев";

    [Fact]
    public async Task TheQrCodeOfTheIssuedPdfLeadsToAPublicPageWithTheNumberAndHashButNotTheParties()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var reader = await staff.AsAsync(Staff.Reader);
        var issued = await staff.IssueAsync(Instruction());
        var record = await GetJsonAsync(reader, issued.GetProperty("links").GetProperty("self").GetString()!);
        var pdf = await reader.GetByteArrayAsync(issued.GetProperty("links").GetProperty("pdf").GetString(), Cancellation);

        var url = Assert.Single(ExternalTools.CodesOnLastPage(pdf));
        using var anonymous = api.CreateClient();
        using var page = await anonymous.GetAsync(new Uri(url).PathAndQuery, Cancellation);
        var html = await page.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(record.GetProperty("verifyUrl").GetString(), url);
        Assert.Matches("/verify/[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$", url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"kk\">", html, StringComparison.Ordinal);
        Assert.Contains("2-11-25/1", html, StringComparison.Ordinal);
        Assert.Contains("14.10.2025", html, StringComparison.Ordinal);
        Assert.Contains("Жазбаша нұсқау", html, StringComparison.Ordinal);
        Assert.Contains(Sha256(pdf), html, StringComparison.Ordinal);
        Assert.Contains("Акт әлі электрондық цифрлық қолтаңбамен қол қойылмаған.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Debtor, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ThePageSpeaksRussianWhenAskedAndAnUnknownOrMalformedTokenIsA404Page()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        await staff.IssueAsync(Instruction());
        var path = new Uri((await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/acts/issued/1")).GetProperty("verifyUrl").GetString()!).AbsolutePath;
        using var anonymous = api.CreateClient();

        var russian = await anonymous.GetStringAsync($"{path.ToLowerInvariant()}?lang=ru", Cancellation);
        using var unknown = await anonymous.GetAsync("/verify/0000-0000-0000-0000-0000", Cancellation);
        using var malformed = await anonymous.GetAsync("/verify/%3Cscript%3E?lang=ru", Cancellation);

        Assert.Contains("<html lang=\"ru\">", russian, StringComparison.Ordinal);
        Assert.Contains("Письменное указание", russian, StringComparison.Ordinal);
        Assert.Contains("Акт ещё не подписан электронной цифровой подписью.", russian, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("text/html", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Құжат табылмады", await unknown.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        var malformedPage = await malformed.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("Документ не найден", malformedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", malformedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostedPdfIsComparedByItsHashAndAFileBeyondTheLimitIsA413Page()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var reader = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction());
        var path = new Uri((await GetJsonAsync(reader, "/api/acts/issued/1")).GetProperty("verifyUrl").GetString()!).AbsolutePath;
        var pdf = await reader.GetByteArrayAsync("/api/acts/issued/1/document?format=pdf", Cancellation);
        var changed = (byte[])pdf.Clone();
        changed[changed.Length / 2] ^= 1;
        using var anonymous = api.CreateClient();

        var same = await CompareAsync(anonymous, path, pdf);
        var other = await CompareAsync(anonymous, path, changed);
        var signedIn = await CompareAsync(reader, path + "?lang=ru", pdf);
        using var huge = await PostAsync(anonymous, path, new byte[VerificationPageLimit + 1]);

        Assert.Contains("Файл тізілімдегі құжатпен сәйкес келеді.", same, StringComparison.Ordinal);
        Assert.Contains("Файл тізілімдегі құжатпен сәйкес келмейді.", other, StringComparison.Ordinal);
        Assert.Contains(Sha256(changed), other, StringComparison.Ordinal);
        Assert.Contains("Файл совпадает с документом в реестре.", signedIn, StringComparison.Ordinal);
        Assert.True(huge.StatusCode == HttpStatusCode.RequestEntityTooLarge, await huge.Content.ReadAsStringAsync(Cancellation));
        Assert.Contains("Файл тым үлкен: ең көбі 20 МБ.", await huge.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerifyFindsATokenChangedBehindTheRegistersBack()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var reader = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction());
        var holds = await GetJsonAsync(reader, "/api/audit/verify");

        await api.ExecuteAsync("UPDATE issued_acts SET verify_token = '0000-0000-0000-0000-0000' WHERE id = 1");
        using var broken = await reader.GetAsync("/api/audit/verify", Cancellation);

        Assert.True(holds.GetProperty("holds").GetBoolean());
        var problem = await Problems.AssertProblem(broken, HttpStatusCode.Conflict, RegisterProblemTypes.AuditBroken);
        Assert.Equal("2-11-25/1", problem.GetProperty("broken").GetProperty("subject").GetString());
        Assert.Contains("verifyToken", problem.GetProperty("broken").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActIssuedBeforePdfsWereKeptIsRecreatedWithItsMarkSoItsHashStillMatches()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var reader = await staff.AsAsync(Staff.Reader);
        var issued = await staff.IssueAsync(Instruction());
        await api.ExecuteAsync("UPDATE issued_documents SET content = NULL");

        using var document = await reader.GetAsync("/api/acts/issued/1/document?format=pdf", Cancellation);
        var bytes = await document.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.Equal("true", Assert.Single(document.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        Assert.Equal(issued.GetProperty("sha256").GetProperty("pdf").GetString(), Sha256(bytes));
        Assert.Equal((await GetJsonAsync(reader, "/api/acts/issued/1")).GetProperty("verifyUrl").GetString(), Assert.Single(ExternalTools.CodesOnLastPage(bytes)));
    }

    private const int VerificationPageLimit = 20 * 1024 * 1024;

    private static async Task<string> CompareAsync(HttpClient client, string path, byte[] file)
    {
        using var response = await PostAsync(client, path, file);
        var page = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path}: {(int)response.StatusCode} {page}");
        return page;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "file", "act.pdf");
        return await client.PostAsync(path, form, Cancellation);
    }
}

public sealed class SqliteVerificationApiTests : VerificationApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresVerificationApiTests : VerificationApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
