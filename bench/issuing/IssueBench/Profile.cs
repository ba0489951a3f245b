using System.Diagnostics;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Register;
using Supervision.Validation;

namespace Supervision.IssueBench;

/// <summary>
/// Where a signature's time goes, without HTTP: the validator and each format's rendering of the example
/// instruction, one thread; then signing the prepared drafts through the register in this process from N
/// concurrent callers (the work the API does for a sign request, less its sign-in, routing and JSON).
/// </summary>
internal static class Profile
{
    public static async Task<int> RunAsync(string connection, string examples, string draftsFile, int clients, int times)
    {
        var act = ActReader.Read(File.ReadAllText(Path.Combine(examples, "instruction.ru.json"))).Act!;
        Stage("validate", times, () => ActValidator.Default.Validate(act));
        foreach (var format in new[] { OutputFormat.Pdf, OutputFormat.Docx, OutputFormat.Html, OutputFormat.Markup })
        {
            Stage($"validate + render {format}", times, () => ActGenerator.Default.Render(act, format));
        }

        await using var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = connection, AuditKeyFile = Environment.GetEnvironmentVariable("Register__AuditKeyFile") });
        var person = (await register.People.FindAsync(Setup.OfficeB.Signatory))!;
        var principal = Principal.ForPerson(person.Login, person.OfficeCode, person.Roles);
        var drafts = new Queue<long>(File.ReadLines(draftsFile).Select(long.Parse));
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                long id;
                lock (drafts)
                {
                    if (!drafts.TryDequeue(out id))
                    {
                        return;
                    }
                }

                var started = Stopwatch.GetTimestamp();
                var outcome = await register.Drafts.SignAsync(principal, id);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(outcome is DraftOutcome.Issued ? elapsed : throw new InvalidOperationException($"draft {id}: {outcome}"));
                }
            }
        })));
        if (latencies.Count == 0)
        {
            return 0;
        }

        var sorted = latencies.Order().ToList();
        Console.WriteLine($"sign in process, {clients} callers: {sorted.Count} acts in {clock.Elapsed.TotalSeconds:F1} s = {sorted.Count / clock.Elapsed.TotalSeconds:F1} acts/s; p50 {sorted[sorted.Count / 2]:F1} ms, p99 {sorted[(int)(sorted.Count * 0.99)]:F1} ms");
        return 0;
    }

    private static void Stage(string name, int times, Action work)
    {
        work();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < times; i++)
        {
            work();
        }

        Console.WriteLine($"{name}: {clock.Elapsed.TotalMilliseconds / times:F2} ms");
    }
}
