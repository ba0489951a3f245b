using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>sign prepare ID --out tosign.bin --by LOGIN: lays out the act's signed PDF and writes the bytes to sign.</summary>
internal sealed class SignPrepareAction : ICommandAction
{
    public string Name => "prepare";

    public string Usage => $"prepare ID {RegisterDatabase.Option} --out PATH {ActingPerson.Option}";

    public string Summary => "lays out the act's PDF with a PAdES signature placeholder and writes exactly the bytes to sign to PATH; prints the prepared id and their SHA-256 " +
        "(sign them as a detached CMS with SHA-256: openssl cms -sign -binary -outform DER -md sha256 -signer CERT -inkey KEY -in PATH; then sign attach). By the act's signatory LOGIN";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var id = arguments.Id(1);
        var outPath = DocumentOut.FileOnly(arguments.Option("out") ?? throw new UsageException("--out PATH (where the bytes to sign are written) is required"));
        var by = arguments.Option("by") ?? throw new UsageException("--by LOGIN (the act's signatory) is required");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            if (await ActingPerson.FindAsync(register, by, error) is not { } principal)
            {
                return CommandLine.BadInput;
            }

            switch (await register.Signatures.PrepareAsync(principal, id))
            {
                case PrepareOutcome.Prepared prepared:
                    AtomicFile.Write(outPath, prepared.ToSign);
                    output.WriteLine($"prepared {prepared.PreparedId}");
                    output.WriteLine($"sha256 {Convert.ToHexStringLower(prepared.Digest)}");
                    output.WriteLine($"expires {Canonical(prepared.ExpiresAt)}");
                    return CommandLine.Ok;
                case PrepareOutcome.Refused refused:
                    return ActingPerson.Refused(error, refused.Refusal);
                default:
                    throw new InvalidOperationException("unexpected prepare outcome");
            }
        });
    }

    private static string Canonical(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
