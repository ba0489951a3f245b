using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>issue FILE... --by LOGIN [--db CONN] [--out-dir DIR]: a signatory signs, numbers, stores and writes acts.</summary>
internal sealed class IssueCommand : ICommand
{
    public string Name => "issue";

    public string Usage => $"issue FILE... {ActingPerson.Option} {RegisterDatabase.Option} [--out-dir DIR]";

    public string Summary => "the person LOGIN (holding signatory) signs an act of his office: its signature and office are filled from his profile, it is validated, given the next registration number of the office and year, stored with its template versions and its PDF (the official document, kept with its SHA-256), and the number and the PDF's SHA-256 are printed (the PDF written to DIR when --out-dir is given; the DOCX and HTML are re-created with register document); several files are issued one after another. Conclusions and review conclusions need approval: they are issued through drafts";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        // One FILE at least; every positional argument is a file.
        _ = arguments.Positional(0, "FILE (the act's JSON)");
        var files = arguments.Positionals;

        var by = arguments.Option("by") ?? throw new UsageException("--by LOGIN (the registered person who signs and issues the act) is required");
        var outDir = arguments.Option("out-dir");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: files.Count);

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
            if (await ActingPerson.FindAsync(register, by, error) is not { } principal)
            {
                return CommandLine.BadInput;
            }

            for (var index = 0; index < acts.Count; index++)
            {
                var outcome = await register.IssueAsync(principal, acts[index]);
                switch (outcome)
                {
                    case IssueOutcome.Invalid invalid:
                        foreach (var problem in invalid.Errors)
                        {
                            output.WriteLine(files.Count > 1 ? $"{files[index]}: {problem}" : problem.ToString());
                        }

                        return CommandLine.Invalid;
                    case IssueOutcome.Refused refused:
                        error.WriteLine($"error: {files[index]}: {refused.Code}: {refused.Message}");
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
