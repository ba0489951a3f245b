using System.Globalization;
using Supervision.IssueBench;

// supervision-issue-bench setup --db CONNECTION --examples DIR --out DIR [--a N] [--b N] [--huge N]
// supervision-issue-bench sign --url URL [--url URL2 ...] [--warmup LOGIN:DRAFTS-FILE:CLIENTS] --group NAME:LOGIN:DRAFTS-FILE:CLIENTS [--group ...] [--limit N] [--server-pid PID ...] [--trace FILE]
//   (several --url: replicas of one register; each group's sessions are spread over them in turn)
var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    (options.TryGetValue(args[i], out var values) ? values : options[args[i]] = []).Add(args[i + 1]);
}

string One(string name, string? fallback = null) =>
    options.TryGetValue(name, out var values) ? values[^1] : fallback ?? throw new ArgumentException($"{name} is required");

int Number(string name, int fallback) => int.Parse(One(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

switch (args.FirstOrDefault())
{
    case "setup":
        return await Setup.RunAsync(One("--db"), One("--examples"), Number("--a", 0), Number("--b", 0), Number("--huge", 0), One("--out"));
    case "sign":
        var limit = Number("--limit", int.MaxValue);
        SignRun.Group Group(string spec, string? name = null)
        {
            var parts = spec.Split(':');
            return new SignRun.Group(
                name ?? parts[0],
                parts[^3],
                new Queue<long>(File.ReadLines(parts[^2]).Take(limit).Select(line => long.Parse(line, CultureInfo.InvariantCulture))),
                int.Parse(parts[^1], CultureInfo.InvariantCulture));
        }

        return await SignRun.RunAsync(
            options["--url"],
            [.. options["--group"].Select(spec => Group(spec))],
            options.TryGetValue("--server-pid", out var pids) ? [.. pids.Select(pid => int.Parse(pid, CultureInfo.InvariantCulture))] : [],
            options.ContainsKey("--warmup") ? Group(One("--warmup"), "warm-up") : null,
            options.ContainsKey("--trace") ? One("--trace") : null);
    case "profile":
        return await Profile.RunAsync(One("--db"), One("--examples"), One("--drafts"), Number("--clients", 16), Number("--times", 200));
    case "pages":
        await using (var register = await Supervision.Register.ActRegister.OpenAsync(new Supervision.Register.RegisterOptions { Connection = One("--db"), AuditKeyFile = Environment.GetEnvironmentVariable("Register__AuditKeyFile") }))
        {
            var act = await register.FindAsync(One("--number")) ?? throw new ArgumentException($"no act {One("--number")}");
            var pdf = await register.RenderAsync(act, Supervision.Generation.OutputFormat.Pdf);
            var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf.Document.Content), @"/Type\s*/Page(?!s)");
            Console.WriteLine($"act {act.RegistrationNumber}: {pages} pages, PDF {pdf.Document.Content.Length / 1024} KiB");
            return 0;
        }

    default:
        Console.Error.WriteLine("usage: setup --db CONNECTION --examples DIR --out DIR [--a N] [--b N] [--huge N] | sign --url URL [--url URL ...] [--warmup LOGIN:FILE:CLIENTS] --group NAME:LOGIN:FILE:CLIENTS ... [--limit N] [--server-pid PID ...] [--trace FILE]");
        return 2;
}
