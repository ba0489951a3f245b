using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Supervision.ReadsBench;

/// <summary>
/// load: signs in as the benchmark's auditor (the sign-in form, as a browser does), then N clients each send
/// GETs one after the other (closed loop) for the given time, going round the mix's paths from a different
/// starting point each. Reports throughput and latency percentiles per path kind; any non-2xx answer or
/// failed request is an error.
/// </summary>
internal static partial class ReadLoad
{
    public const string Usage = "usage: Supervision.ReadsBench load --base http://127.0.0.1:5197 [--mix control|verify|both] [--clients 16] [--seconds 60] [--warmup 5]";

    /// <summary>The control lists, their pages far in, the page for people, the list and the indicators, over the seeded register's dates.</summary>
    private static readonly string[] Control =
    [
        "/api/register/control?asOf=2025-10-28&days=7",
        "/api/register/indicators?from=2025-01-01&to=2025-12-31&asOf=2025-10-28",
        "/api/register/control?asOf=2025-10-28&days=7&limit=500&overdueOffset=1000&dueSoonOffset=1000",
        "/register/control?lang=ru&asOf=2025-10-28",
        "/api/acts/issued?status=issued&limit=500&offset=2000",
        "/api/register/control?asOf=2025-11-10&days=30&prosecutor=%D1%81%D0%B5%D0%B9%D1%82%D0%BE%D0%B2%D0%B0%20%D0%B0%D0%B9%D0%B3%D2%AF%D0%BB%20%D0%B1%D0%BE%D0%BB%D0%B0%D1%82%D2%9B%D1%8B%D0%B7%D1%8B",
        "/api/register/indicators?office=2-12&from=2025-10-01&to=2025-10-31",
    ];

    private const string Verify = "/api/audit/verify";

    public static async Task<int> MainAsync(string[] args)
    {
        var options = new Options(args, Usage);
        var root = new Uri(options.Text("base"));
        var paths = options.Text("mix", "both") switch
        {
            "control" => Control,
            "verify" => [Verify],
            "both" => [.. Control.Take(3), Verify, .. Control.Skip(3)],
            var other => throw new ArgumentException($"--mix {other}: control, verify or both"),
        };
        var clients = options.Number("clients", 16);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, CookieContainer = new CookieContainer(), PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = root, Timeout = TimeSpan.FromMinutes(5) };
        await SignInAsync(client);
        Console.WriteLine($"GET {paths.Length} paths round-robin from {clients} clients: {options.Number("warmup", 5)} s warm-up, {options.Number("seconds", 60)} s measured");
        await RunAsync(client, paths, clients, TimeSpan.FromSeconds(options.Number("warmup", 5)));
        var (elapsed, results) = await RunAsync(client, paths, clients, TimeSpan.FromSeconds(options.Number("seconds", 60)));
        Print(elapsed, results);
        return results.Any(result => result.Status is < 200 or > 299) ? 1 : 0;
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/signin?lang=ru");
        var token = TokenField().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("/signin has no antiforgery field");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = Staff.Auditor,
            ["password"] = Staff.Password,
            ["lang"] = "ru",
            ["__RequestVerificationToken"] = token,
        });
        using var answer = await client.PostAsync("/signin", form);
        using var session = await client.GetAsync("/api/session");
        if (!session.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"signing in as {Staff.Auditor} failed: /signin {(int)answer.StatusCode}, /api/session {(int)session.StatusCode}");
        }
    }

    private static async Task<(TimeSpan Elapsed, List<(string Path, int Status, double Milliseconds)> Results)> RunAsync(HttpClient client, string[] paths, int clients, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var parts = await Task.WhenAll(Enumerable.Range(0, clients).Select(index => Task.Run(async () =>
        {
            var results = new List<(string, int, double)>();
            for (var next = index; clock.Elapsed < duration; next++)
            {
                var path = paths[next % paths.Length];
                var started = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                    await response.Content.CopyToAsync(Stream.Null);
                    status = (int)response.StatusCode;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    status = 0;
                }

                results.Add((path, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }

            return results;
        })));
        return (clock.Elapsed, [.. parts.SelectMany(part => part)]);
    }

    private static void Print(TimeSpan elapsed, List<(string Path, int Status, double Milliseconds)> results)
    {
        static string Kind(string path) => path[..(path.IndexOf('?', StringComparison.Ordinal) is var q and > 0 ? q : path.Length)];
        void Line(string what, IReadOnlyCollection<(string Path, int Status, double Milliseconds)> rows)
        {
            var sorted = rows.Select(row => row.Milliseconds).Order().ToArray();
            double At(double percent) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
            var errors = rows.Count(row => row.Status is < 200 or > 299);
            var statuses = errors > 0 ? $" ({string.Join(", ", rows.Where(row => row.Status is < 200 or > 299).GroupBy(row => row.Status).Select(group => $"{group.Key}: {group.Count()}"))})" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what,-34} {rows.Count,7} requests {rows.Count / elapsed.TotalSeconds,8:0.0}/s  p50 {At(50),8:0.0} ms  p99 {At(99),8:0.0} ms  max {sorted.LastOrDefault(),8:0.0} ms  errors {errors}{statuses}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured {elapsed.TotalSeconds:0.0} s"));
        Line("all", results);
        foreach (var group in results.GroupBy(row => Kind(row.Path)).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            Line(group.Key, [.. group]);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
