using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// Issue 16, point 2, on a machine without the PDF's fonts (the font search pointed at an empty folder by the
/// setting <c>Pdf:FontFolders</c>): the process is live but not ready, readiness names the package to install,
/// a PDF render is a 503 <c>format-unavailable</c> naming it too, and HTML still renders.
/// </summary>
public sealed class PdfFontsMissingTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithoutFontsTheServiceIsLiveButNotReadyAndPdfIsA503NamingThePackage()
    {
        var port = ServiceLauncher.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var environment = ServiceAddressTests.Fresh();
        environment["Urls"] = address.ToString().TrimEnd('/');
        environment["Pdf__FontFolders__0"] = Directory.CreateTempSubdirectory("supervision-no-fonts-").FullName;
        await using var service = await ServiceLauncher.StartServiceAsync(address, environment, [], Cancellation);
        using var client = new HttpClient { BaseAddress = address };

        using var live = await client.GetAsync("/health/live", Cancellation);
        using var ready = await client.GetAsync("/health/ready", Cancellation);
        var readiness = await ready.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        using var health = await client.GetAsync("/health", Cancellation);
        using var pdf = await client.PostAsync("/api/acts/render?format=pdf", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Kk)), Cancellation);
        // The instruction: the example order names a "Vögele" paver, whose "ö" is refused where no font can print it.
        using var html = await client.PostAsync("/api/acts/render?format=html", Requests.Json(Requests.Example(ActKind.Instruction, ActLanguage.Kk)), Cancellation);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
        var fonts = readiness.GetProperty("checks").GetProperty("pdf-fonts");
        Assert.Equal("Degraded", fonts.GetProperty("status").GetString());
        Assert.Contains("apt-get install fonts-liberation2", fonts.GetProperty("description").GetString(), StringComparison.Ordinal);
        var problem = await Problems.AssertProblem(pdf, HttpStatusCode.ServiceUnavailable, ProblemTypes.FormatUnavailable);
        Assert.Contains("fonts-liberation2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(html.StatusCode == HttpStatusCode.OK, await html.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task WithItsFontsTheServiceIsReady()
    {
        var port = ServiceLauncher.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var environment = ServiceAddressTests.Fresh();
        environment["Urls"] = address.ToString().TrimEnd('/');
        await using var service = await ServiceLauncher.StartServiceAsync(address, environment, [], Cancellation);
        using var client = new HttpClient { BaseAddress = address };

        var readiness = await WaitUntilReadyAsync(client);

        Assert.Equal("Healthy", readiness.GetProperty("status").GetString());
        Assert.Contains("PDF is set in", readiness.GetProperty("checks").GetProperty("pdf-fonts").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", readiness.GetProperty("checks").GetProperty("register").GetProperty("status").GetString());
    }

    /// <summary>The register opens in the background: ready once it has.</summary>
    internal static async Task<JsonElement> WaitUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var ready = await client.GetAsync("/health/ready", Cancellation);
            var report = await ready.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
            if (ready.StatusCode == HttpStatusCode.OK || attempt > 300)
            {
                return report;
            }

            await Task.Delay(100, Cancellation);
        }
    }
}
