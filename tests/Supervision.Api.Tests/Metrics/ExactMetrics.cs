using System.Net;

namespace Supervision.Api.Tests.Metrics;

/// <summary>
/// The tests that check a counter moved by exactly so much. The service's meters are the process's (static, as
/// .NET's meters are), so every host in this test process counts what any test does: these tests run alone, not
/// beside others, and compare two scrapes of their own host taken before and after what they cause.
/// </summary>
[CollectionDefinition(nameof(ExactMetrics), DisableParallelization = true)]
public sealed class ExactMetrics
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// Scrapes <c>/metrics</c>. The exporter answers a scrape within 300 ms of the one before from its cache; a
    /// fresh scrape always differs from <paramref name="previous"/> (it counts the previous scrape's request), so an
    /// answer equal to it is asked again.
    /// </summary>
    internal static async Task<Scrape> ScrapeAsync(HttpClient client, Scrape? previous = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync("/metrics", Cancellation);
            var text = await response.Content.ReadAsStringAsync(Cancellation);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics: {(int)response.StatusCode} {text}");
            if (previous is null || text != previous.Text || attempt > 50)
            {
                return new Scrape(text, PrometheusText.Parse(text).Samples);
            }

            await Task.Delay(100, Cancellation);
        }
    }
}

/// <summary>One scrape: its text and its samples.</summary>
internal sealed record Scrape(string Text, IReadOnlyList<PrometheusSample> Samples)
{
    /// <summary>The sum of the samples of <paramref name="name"/> that carry every label given (0 where none does).</summary>
    public double this[string name, params (string Label, string Value)[] labels] =>
        Samples.Where(s => s.Name == name && labels.All(label => s[label.Label] == label.Value)).Sum(s => s.Value);

    /// <summary>How much the series moved from <paramref name="before"/> to this scrape.</summary>
    public double Since(Scrape before, string name, params (string Label, string Value)[] labels)
    {
        ArgumentNullException.ThrowIfNull(before);
        return this[name, labels] - before[name, labels];
    }
}
