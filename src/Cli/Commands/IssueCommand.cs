using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>issue FILE... --by NAME [--office-code CODE] [--db CONN] [--out-dir DIR]: numbers, stores and writes acts.</summary>
internal sealed class IssueCommand : ICommand
{
    public string Name => "issue";

    public string Usage => $"issue FILE... --by NAME [--office-code CODE] {RegisterDatabase.Option} [--out-dir DIR]";

    public string Summary => "validates an act, gives it the next registration number of its office and year, stores it with its template versions and document hashes, and prints the number and SHA-256 of each document (written to DIR when --out-dir is given); several files are issued one after another";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        // One FILE at least; every positional argument is a file.
        _ = arguments.Positional(0, "FILE (the act's JSON)");
        var files = arguments.Positionals;

        var by = arguments.Option("by") ?? throw new UsageException("--by NAME (who issues the act) is required");
        var officeCode = arguments.Option("office-code");
        var outDir = arguments.Option("out-dir");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: files.Count);
        if (officeCode is not null && !RegistrationNumbers.IsOfficeCode(officeCode))
        {
            throw new UsageException($"--office-code '{officeCode}' is not an office index: ASCII letters and digits in groups joined by hyphens (\"2-11\")");
        }

        var acts = new List<Act>();
        foreach (var file in files)
        {
            if (ActFile.Read(file, error) is not { } act)
            {
                return CommandLine.BadInput;
            }

            acts.Add(act);
        }

        if (outDir is not null)
        {
            try
            {
                Directory.CreateDirectory(outDir);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
            {
                error.WriteLine($"error: {outDir}: cannot create the folder: {exception.Message}");
                return CommandLine.BadInput;
            }
        }

        return RegisterDatabase.Run(connection, error, async register =>
        {
            for (var index = 0; index < acts.Count; index++)
            {
                var outcome = await register.IssueAsync(new IssueRequest(acts[index], by, officeCode));
                switch (outcome)
                {
                    case IssueOutcome.Invalid invalid:
                        foreach (var problem in invalid.Errors)
                        {
                            output.WriteLine(files.Count > 1 ? $"{files[index]}: {problem}" : problem.ToString());
                        }

                        return CommandLine.Invalid;
                    case IssueOutcome.Refused refused:
                        error.WriteLine($"error: {files[index]}: {refused.Message}");
                        return CommandLine.BadInput;
                    case IssueOutcome.Issued issued:
                        output.WriteLine($"issued {issued.Act.RegistrationNumber} (id {issued.Act.Id})");
                        foreach (var document in issued.Documents)
                        {
                            var written = string.Empty;
                            if (outDir is not null)
                            {
                                var path = Path.Combine(outDir, document.FileName);
                                try
                                {
                                    AtomicFile.Write(path, document.Content);
                                }
                                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                                {
                                    error.WriteLine($"error: {issued.Act.RegistrationNumber} is issued, but {path} could not be written: {exception.Message}; re-create it with: register document {issued.Act.Id} --format {EnumNames.Of(document.Format)} --out PATH");
                                    return CommandLine.BadInput;
                                }

                                written = $"  {path}";
                            }

                            output.WriteLine($"{EnumNames.Of(document.Format)} sha256 {document.Sha256}{written}");
                        }

                        break;
                }
            }

            return CommandLine.Ok;
        });
    }
}
