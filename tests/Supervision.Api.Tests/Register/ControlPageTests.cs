using System.Net;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>GET /register/control: the execution control page, in Kazakh and in Russian.</summary>
public abstract class ControlPageTests : RegisterApiTestBase
{
    [Theory]
    [InlineData("kk", "Актілердің орындалуын бақылау", "Мерзімі өткен актілер", "Мерзімі жақындаған актілер", "Жазбаша нұсқау", "Жүйеге кірген:")]
    [InlineData("ru", "Контроль исполнения актов", "Просроченные акты", "Акты с истекающим сроком", "Письменное указание", "Вход выполнен:")]
    public async Task ThePageShowsTheOverdueAndDueSoonActsInTheLanguageAsked(string language, string title, string overdue, string dueSoon, string kind, string signedInAs)
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction("2025-11-04"));
        await staff.IssueAsync(Instruction("2025-10-24", otherProsecutor: true));
        await staff.IssueAsync(Instruction("2025-12-20"));

        using var response = await client.GetAsync($"/register/control?lang={language}&asOf=2025-10-28", Cancellation);
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains($"<html lang=\"{language}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"who\">{signedInAs} <strong>{Staff.Reader}</strong></p>", page, StringComparison.Ordinal);
        var overdueSection = Section(page, "overdue");
        var dueSoonSection = Section(page, "due-soon");
        Assert.Contains($"{overdue} (1)", overdueSection, StringComparison.Ordinal);
        Assert.Contains("2-11-25/2", overdueSection, StringComparison.Ordinal);
        Assert.Contains("24.10.2025", overdueSection, StringComparison.Ordinal);
        Assert.Contains(OtherProsecutor, overdueSection, StringComparison.Ordinal);
        Assert.Contains($"{dueSoon} (1)", dueSoonSection, StringComparison.Ordinal);
        Assert.Contains("2-11-25/1", dueSoonSection, StringComparison.Ordinal);
        Assert.Contains(kind, dueSoonSection, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/acts/issued/1/document?format=pdf\"", dueSoonSection, StringComparison.Ordinal);
        Assert.DoesNotContain("2-11-25/3", page, StringComparison.Ordinal);
        Assert.Contains("2-11", Section(page, "by-office"), StringComparison.Ordinal);
        Assert.Contains(OtherProsecutor, Section(page, "by-prosecutor"), StringComparison.Ordinal);
        Assert.Contains("Қазақша", page, StringComparison.Ordinal);
        Assert.Contains("Русский", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageIsKazakhByDefaultFiltersByItsFormAndEscapesWhatItShows()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction("2025-10-24"));
        await staff.IssueAsync(Instruction("2025-10-22", otherOffice: true));

        var page = await client.GetStringAsync("/register/control?office=2-12&prosecutor=&asOf=&days=", Cancellation);
        var named = await client.GetStringAsync($"/register/control?lang=ru&prosecutor={Uri.EscapeDataString("<b>\"x\"</b>")}", Cancellation);
        using var badLanguage = await client.GetAsync("/register/control?lang=en", Cancellation);

        Assert.Contains("<html lang=\"kk\">", page, StringComparison.Ordinal);
        Assert.Contains("2-12-25/1", Section(page, "due-soon"), StringComparison.Ordinal);
        Assert.DoesNotContain("2-11-25/1", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-10-20\"", page, StringComparison.Ordinal);
        Assert.Contains("Актов нет.", Section(named, "overdue"), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>\"x\"</b>", named, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&quot;x&quot;&lt;/b&gt;", named, StringComparison.Ordinal);
        await Problems.AssertProblem(badLanguage, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
    }

    [Fact]
    public async Task ALongListShowsAPageWithLinksToTheOthersAndTheWholeCountInItsTitle()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        await staff.IssueAsync(Instruction("2025-10-22"));
        await staff.IssueAsync(Instruction("2025-10-23"));
        await staff.IssueAsync(Instruction("2025-10-24"));

        var first = Section(await client.GetStringAsync("/register/control?lang=ru&asOf=2025-10-28&limit=2", Cancellation), "overdue");
        var last = Section(await client.GetStringAsync("/register/control?lang=ru&asOf=2025-10-28&limit=2&overdueOffset=2", Cancellation), "overdue");

        Assert.Contains("Просроченные акты (3)", first, StringComparison.Ordinal);
        Assert.Contains("2-11-25/2", first, StringComparison.Ordinal);
        Assert.DoesNotContain("2-11-25/3", first, StringComparison.Ordinal);
        Assert.Contains("Показаны 1–2 из 3.", first, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"/register/control?lang=ru&amp;asOf=2025-10-28&amp;days=7&amp;limit=2&amp;overdueOffset=2\">Следующая страница</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("2-11-25/3", last, StringComparison.Ordinal);
        Assert.DoesNotContain("2-11-25/1", last, StringComparison.Ordinal);
        Assert.Contains("Показаны 3–3 из 3.", last, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\" href=\"/register/control?lang=ru&amp;asOf=2025-10-28&amp;days=7&amp;limit=2\"", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
    }

    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"<section id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}

public sealed class SqliteControlPageTests : ControlPageTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresControlPageTests : ControlPageTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
