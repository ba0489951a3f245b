namespace Supervision.Cli.Commands;

/// <summary>register keep-documents: keeps the PDF of every act issued before the register kept them, in one go.</summary>
internal sealed class RegisterKeepDocumentsAction : ICommandAction
{
    public string Name => "keep-documents";

    public string Usage => $"keep-documents {RegisterDatabase.Option}";

    public string Summary => "keeps in the register the PDF of every act issued before PDFs were kept: each is re-created with its template versions and stored where it has the SHA-256 stored at issue (as the document endpoint does the first time it is asked); acts whose PDF differs, or cannot be re-created, are listed and left as they are (exit 1)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            var report = await register.KeepDocumentsAsync((act, reason) => output.WriteLine($"not kept: {act.RegistrationNumber} (id {act.Id}): its pdf {reason}"));
            output.WriteLine($"kept the pdf of {report.Kept} act(s); {report.NotKept} not kept");
            return report.NotKept == 0 ? CommandLine.Ok : CommandLine.Invalid;
        });
    }
}
