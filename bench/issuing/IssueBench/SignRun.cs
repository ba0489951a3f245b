using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Supervision.IssueBench;

/// <summary>
/// Signs submitted drafts through the API as their signatory does: each client is a signed-in session
/// (the sign-in form, then the CSRF token of /api/session) that takes the next draft of its group and
/// posts <c>/api/drafts/{id}/sign</c>, waiting for the answer before the next (closed loop). Latency is
/// measured at the client, per group. Given the server's process id, it also prints the server's CPU time
/// (user + system, from <c>/proc</c>) per act issued, counted from the moment every session is signed in: a
/// sign-in hashes the password on purpose slowly (PBKDF2), which is no part of issuing.
/// </summary>
internal static partial class SignRun
{
    /// <summary>One group of clients: who signs, which drafts, how many sessions.</summary>
    public sealed record Group(string Name, string Login, Queue<long> Drafts, int Clients);

    /// <param name="urls">The service's address, or the addresses of replicas of one register: each group's
    /// sessions are spread over them in turn (client i signs in at <c>urls[i % urls.Count]</c>).</param>
    /// <param name="groups">The groups of clients.</param>
    /// <param name="serverPids">The servers' process ids, whose CPU time is summed; none to leave it out.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> urls, IReadOnlyList<Group> groups, IReadOnlyList<int> serverPids)
    {
        var sessions = new List<(Group Group, HttpClient Client)>();
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Clients; i++)
            {
                sessions.Add((group, await SignInAsync(urls[i % urls.Count], group.Login)));
            }
        }

        var latencies = groups.ToDictionary(group => group.Name, _ => new List<double>());
        var errors = new List<string>();
        var cpuBefore = ServersCpu(serverPids);
        var clock = Stopwatch.StartNew();
        var ends = groups.ToDictionary(group => group.Name, _ => TimeSpan.Zero);
        await Task.WhenAll(sessions.Select(session => Task.Run(async () =>
        {
            while (true)
            {
                long id;
                lock (session.Group.Drafts)
                {
                    if (!session.Group.Drafts.TryDequeue(out id))
                    {
                        break;
                    }
                }

                var started = Stopwatch.GetTimestamp();
                using var response = await session.Client.PostAsync($"/api/drafts/{id}/sign", null);
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    if (response.StatusCode == HttpStatusCode.OK && body.Contains("\"issued\"", StringComparison.Ordinal))
                    {
                        latencies[session.Group.Name].Add(elapsed);
                    }
                    else
                    {
                        errors.Add($"draft {id}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                    }

                    ends[session.Group.Name] = clock.Elapsed;
                }
            }
        })));

        foreach (var group in groups)
        {
            var sorted = latencies[group.Name].Order().ToList();
            var seconds = ends[group.Name].TotalSeconds;
            Console.WriteLine(
                $"{group.Name}: {group.Clients} clients, {sorted.Count} acts in {seconds:F1} s = {sorted.Count / seconds:F1} acts/s; " +
                $"p50 {Percentile(sorted, 0.50):F1} ms, p90 {Percentile(sorted, 0.90):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, max {(sorted.Count > 0 ? sorted[^1] : 0):F1} ms");
        }

        if (serverPids.Count > 0)
        {
            var cpu = ServersCpu(serverPids) - cpuBefore;
            var acts = latencies.Values.Sum(list => list.Count);
            Console.WriteLine($"server CPU: {cpu.TotalMilliseconds:F0} ms for {acts} acts = {cpu.TotalMilliseconds / Math.Max(acts, 1):F2} ms per act (sign-ins not counted)");
        }

        Console.WriteLine($"errors: {errors.Count}");
        foreach (var error in errors.Take(5))
        {
            Console.WriteLine($"  {error}");
        }

        sessions.ForEach(session => session.Client.Dispose());
        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>The servers' CPU time so far, summed.</summary>
    private static TimeSpan ServersCpu(IReadOnlyList<int> pids) => pids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + ServerCpu(pid));

    /// <summary>The process's user + system CPU time so far: fields 14 and 15 of /proc/PID/stat, in clock ticks (100 a second on Linux).</summary>
    private static TimeSpan ServerCpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static double Percentile(List<double> sorted, double rank) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(rank * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>A session of the person: the sign-in form with its antiforgery field, then the CSRF header for the API.</summary>
    private static async Task<HttpClient> SignInAsync(string url, string login)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        var page = await client.GetStringAsync("/signin?lang=ru");
        var token = TokenField().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("the sign-in page has no antiforgery field");
        using var signedIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = login,
            ["password"] = Setup.Password,
            ["lang"] = "ru",
            ["__RequestVerificationToken"] = token,
        }));
        var session = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/session")).RootElement;
        var csrf = session.TryGetProperty("csrfToken", out var value) ? value.GetString() : null;
        client.DefaultRequestHeaders.Add("X-CSRF-Token", csrf ?? throw new InvalidOperationException($"sign-in as {login} failed: {(int)signedIn.StatusCode}"));
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
