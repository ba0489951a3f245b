using System.Diagnostics;
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

    /// <summary>One answer that issued: its group, when it was sent and how long it took (ms from the run's start), and
    /// its stages in the service (<see cref="ServerStages"/>).</summary>
    private sealed record Answer(string Group, double Sent, double Elapsed, Dictionary<string, double> Stages);

    /// <summary>Signatures per warm-up round, per client.</summary>
    private const int RoundPerClient = 25;

    /// <summary>The compilers' CPU time in a warm-up round (some 2 s) below which the runtime counts as settled: 1 % of a core.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    /// <param name="urls">The service's address, or the addresses of replicas of one register: each group's
    /// sessions are spread over them in turn (client i signs in at <c>urls[i % urls.Count]</c>).</param>
    /// <param name="groups">The groups of clients.</param>
    /// <param name="serverPids">The servers' process ids, whose CPU time is summed; none to leave it out.</param>
    /// <param name="warmup">Signed first, in rounds, not counted: until the runtime's compilers in the servers and
    /// in this program have stayed quiet for two rounds (<see cref="Compilers"/>), or its drafts run out. In this
    /// process, so that the measured sessions run code this program has compiled already, as a client on
    /// another machine would; none to measure at once.</param>
    /// <param name="trace">A file to write every measured answer to, one line each (group, when it was sent and how
    /// long it took, in ms from the run's start): to see whether the slowest answers come together (a pause of the
    /// whole machine) or alone; none to write nothing.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> urls, IReadOnlyList<Group> groups, IReadOnlyList<int> serverPids, Group? warmup = null, string? trace = null)
    {
        var errors = new List<string>();
        if (warmup is not null)
        {
            var warming = await SignInAsync(urls, [warmup]);
            await WarmUpAsync(warming, warmup, serverPids, errors);
            warming.ForEach(session => session.Client.Dispose());
        }

        var sessions = await SignInAsync(urls, groups);
        var latencies = groups.ToDictionary(group => group.Name, _ => new List<double>());
        var cpuBefore = ServersCpu(serverPids);
        var (clientBefore, machineBefore) = (ProcessCpu(Environment.ProcessId), MachineCpu());
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var answers = new List<Answer>();
        var ends = await SignAllAsync(sessions, latencies, errors, clock, answers);
        if (trace is not null)
        {
            // The run's start as Unix time, so that the answers can be laid beside samples other tools took.
            await File.WriteAllLinesAsync(trace, [
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"# start {started.ToUnixTimeMilliseconds() / 1000.0:F3}"),
                $"# group sent_ms latency_ms {ServerStages.Header}",
                .. answers.Select(answer => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{answer.Group} {answer.Sent:F1} {answer.Elapsed:F1} {ServerStages.Columns(answer.Stages)}"))]);
        }

        foreach (var group in groups)
        {
            var sorted = latencies[group.Name].Order().ToList();
            var seconds = ends.GetValueOrDefault(group.Name).TotalSeconds;
            Console.WriteLine(
                $"{group.Name}: {group.Clients} clients, {sorted.Count} acts in {seconds:F1} s = {sorted.Count / seconds:F1} acts/s; " +
                $"p50 {Percentile(sorted, 0.50):F1} ms, p90 {Percentile(sorted, 0.90):F1} ms, p99 {Percentile(sorted, 0.99):F1} ms, max {(sorted.Count > 0 ? sorted[^1] : 0):F1} ms");
            Console.WriteLine($"  {group.Name} in the service (Server-Timing, ms, p50 / p99 / max): {ServerStages.Summary([.. answers.Where(answer => answer.Group == group.Name).Select(answer => answer.Stages)], values => (Percentile(values, 0.50), Percentile(values, 0.99)))}");
        }

        // A group of one client (run 2's long acts) beside the others: their answers while one of its acts was in the service, and the rest.
        foreach (var single in groups.Where(group => group.Clients == 1 && groups.Count > 1))
        {
            var windows = answers.Where(answer => answer.Group == single.Name).Select(answer => (From: answer.Sent, To: answer.Sent + answer.Elapsed)).ToList();
            foreach (var other in groups.Where(group => group != single))
            {
                var theirs = answers.Where(answer => answer.Group == other.Name).ToLookup(answer => windows.Any(window => answer.Sent < window.To && answer.Sent + answer.Elapsed > window.From), answer => answer.Elapsed);
                var beside = theirs[true].Order().ToList();
                var apart = theirs[false].Order().ToList();
                Console.WriteLine(
                    $"  {other.Name} beside {single.Name}'s acts: {beside.Count} answers, p50 {Percentile(beside, 0.50):F1} ms, p99 {Percentile(beside, 0.99):F1} ms, max {(beside.Count > 0 ? beside[^1] : 0):F1} ms; " +
                    $"the other {apart.Count}: p50 {Percentile(apart, 0.50):F1} ms, p99 {Percentile(apart, 0.99):F1} ms");
            }
        }

        if (serverPids.Count > 0)
        {
            var cpu = ServersCpu(serverPids) - cpuBefore;
            var acts = latencies.Values.Sum(list => list.Count);
            Console.WriteLine($"server CPU: {cpu.TotalMilliseconds:F0} ms for {acts} acts = {cpu.TotalMilliseconds / Math.Max(acts, 1):F2} ms per act (sign-ins not counted)");

            // Where the rest of the two cores went: this client's own share, and everything else (the database server,
            // the machine's other processes), so that a run can be read as the sum of its parts.
            var client = ProcessCpu(Environment.ProcessId) - clientBefore;
            var rest = MachineCpu() - machineBefore - cpu - client;
            Console.WriteLine(
                $"other CPU per act: this client {client.TotalMilliseconds / Math.Max(acts, 1):F2} ms, " +
                $"the rest of the machine (the database server, other processes) {rest.TotalMilliseconds / Math.Max(acts, 1):F2} ms");
        }

        Console.WriteLine($"errors: {errors.Count}");
        foreach (var error in errors.Take(5))
        {
            Console.WriteLine($"  {error}");
        }

        sessions.ForEach(session => session.Client.Dispose());
        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>Signs the warm-up's drafts in rounds until the compilers have been quiet for two rounds running.</summary>
    private static async Task WarmUpAsync(List<(Group Group, HttpClient Client)> sessions, Group warmup, IReadOnlyList<int> serverPids, List<string> errors)
    {
        var processes = serverPids.Append(Environment.ProcessId).ToList();
        var (acts, rounds, quietRounds) = (0, 0, 0);
        var last = new Dictionary<int, TimeSpan>();
        while (quietRounds < 2 && warmup.Drafts.Count > 0)
        {
            var round = new Queue<long>();
            while (round.Count < RoundPerClient * warmup.Clients && warmup.Drafts.TryDequeue(out var id))
            {
                round.Enqueue(id);
            }

            var before = Compilers.Snapshot(processes);
            var latencies = new Dictionary<string, List<double>> { [warmup.Name] = [] };
            await SignAllAsync([.. sessions.Select(session => (session.Group with { Drafts = round }, session.Client))], latencies, errors, Stopwatch.StartNew());
            last = Compilers.Since(before, Compilers.Snapshot(processes));
            quietRounds = last.Values.Aggregate(TimeSpan.Zero, (sum, time) => sum + time) <= Quiet ? quietRounds + 1 : 0;
            acts += latencies[warmup.Name].Count;
            rounds++;
        }

        var servers = serverPids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + last.GetValueOrDefault(pid));
        Console.WriteLine(
            $"warm-up: {acts} acts in {rounds} rounds, not counted; the compilers' CPU in the last round: servers {servers.TotalMilliseconds:F0} ms, " +
            $"this client {last.GetValueOrDefault(Environment.ProcessId).TotalMilliseconds:F0} ms" +
            (quietRounds < 2 ? " (its drafts ran out before two quiet rounds: the measured run may still compile)" : string.Empty));
    }

    /// <summary>Every session in its own closed loop, taking its group's next draft until the group has none; the
    /// latencies of answers that issued, the others as errors; when each group's last answer came, on <paramref name="clock"/>.</summary>
    private static async Task<Dictionary<string, TimeSpan>> SignAllAsync(List<(Group Group, HttpClient Client)> sessions, Dictionary<string, List<double>> latencies, List<string> errors, Stopwatch clock, List<Answer>? answers = null)
    {
        var ends = new Dictionary<string, TimeSpan>();
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

                var sent = clock.Elapsed.TotalMilliseconds;
                var started = Stopwatch.GetTimestamp();
                using var response = await session.Client.PostAsync($"/api/drafts/{id}/sign", null);
                var body = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var stages = ServerStages.Read(response);
                lock (latencies)
                {
                    if (response.StatusCode == HttpStatusCode.OK && body.Contains("\"issued\"", StringComparison.Ordinal))
                    {
                        latencies[session.Group.Name].Add(elapsed);
                        answers?.Add(new Answer(session.Group.Name, sent, elapsed, stages));
                    }
                    else
                    {
                        errors.Add($"draft {id}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                    }

                    ends[session.Group.Name] = clock.Elapsed;
                }
            }
        })));
        return ends;
    }

    /// <summary>The sessions of every group: each group's clients signed in, spread over the addresses in turn.</summary>
    private static async Task<List<(Group Group, HttpClient Client)>> SignInAsync(IReadOnlyList<string> urls, IReadOnlyList<Group> groups)
    {
        var sessions = new List<(Group Group, HttpClient Client)>();
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Clients; i++)
            {
                sessions.Add((group, await SignInAsync(urls[i % urls.Count], group.Login)));
            }
        }

        return sessions;
    }

    /// <summary>The servers' CPU time so far, summed.</summary>
    private static TimeSpan ServersCpu(IReadOnlyList<int> pids) => pids.Aggregate(TimeSpan.Zero, (sum, pid) => sum + ProcessCpu(pid));

    /// <summary>The process's user + system CPU time so far, from /proc/PID/stat.</summary>
    private static TimeSpan ProcessCpu(int pid) => Compilers.Cpu(File.ReadAllText($"/proc/{pid}/stat"));

    /// <summary>The fields of /proc/stat's "cpu" line that count as busy: user, nice, system, irq, softirq, steal (not idle, iowait).</summary>
    private static readonly int[] BusyFields = [1, 2, 3, 6, 7, 8];

    /// <summary>The busy CPU time of the whole machine so far (every core: user, nice, system, irq, softirq, steal), from /proc/stat.</summary>
    private static TimeSpan MachineCpu()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var busy = BusyFields.Sum(field => long.Parse(fields[field], System.Globalization.CultureInfo.InvariantCulture));
        return TimeSpan.FromSeconds(busy / 100.0);
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
