using System.Diagnostics;
using Supervision.Acts;
using Supervision.Reading;
using Supervision.Register;

namespace Supervision.ReadsBench;

/// <summary>
/// seed: a register of N acts issued through the one issuing path (validated, numbered, rendered, hashed,
/// chained into the audit), so that <c>audit verify</c> holds over it: instructions by twelve signatories of
/// four district offices, with deadlines spread over three weeks, every fourth one executed.
/// </summary>
internal static class Seeding
{
    public const string Usage = "usage: Supervision.ReadsBench seed --db FILE [--acts 10000] [--examples examples]";

    public static async Task<int> MainAsync(string[] args)
    {
        var options = new Options(args, Usage);
        var acts = options.Number("acts", 10_000);
        var json = await File.ReadAllTextAsync(Path.Combine(options.Text("examples", "examples"), "instruction.ru.json"));
        var example = (Instruction)ActReader.Read(json).Act!;
        await using var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = options.Text("db"), AuditKeyFile = Environment.GetEnvironmentVariable("Register__AuditKeyFile") });
        var signatories = await Staff.CreateAsync(register);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < acts; i++)
        {
            var (principal, officeName) = signatories[i % signatories.Count];
            var act = example with { Deadline = example.Date!.Value.AddDays(10 + (i % 21)), Office = example.Office! with { Name = officeName } };
            var issued = await register.IssueAsync(principal, act) as IssueOutcome.Issued
                ?? throw new InvalidOperationException($"act {i} was not issued: {await register.IssueAsync(principal, act)}");
            if (i % 4 == 3)
            {
                var answered = await register.ChangeStatusAsync(principal, issued.Act.Id, new StatusUpdate(ActStatus.Executed, example.Date.Value.AddDays(12), $"15-2/{i}"));
                if (answered is not StatusOutcome.Changed)
                {
                    throw new InvalidOperationException($"act {i}'s status: {answered}");
                }
            }

            if ((i + 1) % 1000 == 0)
            {
                Console.WriteLine($"{i + 1} acts issued in {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        var report = await register.VerifyAuditAsync();
        Console.WriteLine($"{acts} acts issued in {clock.Elapsed.TotalSeconds:0} s; audit verify: {(report.Holds ? "holds" : "BROKEN")}, {report.Entries} entries");
        Console.WriteLine($"sign in as {Staff.Auditor} (auditor, controller of office 1) with the password in bench/reads/ReadsBench/Staff.cs");
        return report.Holds ? 0 : 1;
    }
}
