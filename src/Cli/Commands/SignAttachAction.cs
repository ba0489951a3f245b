using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>sign attach ID --cms sig.der --prepared ID --by LOGIN: checks the CMS and stores the signed PDF as the act's PDF.</summary>
internal sealed class SignAttachAction : ICommandAction
{
    public string Name => "attach";

    public string Usage => $"attach ID {RegisterDatabase.Option} --cms PATH --prepared PREPAREDID {ActingPerson.Option}";

    public string Summary => "checks the detached CMS (DER) over the prepared bytes — RSA with SHA-256, the trust store of Signing__TrustStore, the time of signing, CRLs, the signatory's IIN — " +
        "and stores the signed PDF as the act's PDF (exit 1 naming why it is refused). By the act's signatory LOGIN";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var id = arguments.Id(1);
        var cmsPath = arguments.Option("cms") ?? throw new UsageException("--cms PATH (the CMS SignedData, DER) is required");
        var preparedId = arguments.Option("prepared") ?? throw new UsageException("--prepared PREPAREDID (printed by sign prepare) is required");
        var by = arguments.Option("by") ?? throw new UsageException("--by LOGIN (the act's signatory) is required");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        byte[] cms;
        try
        {
            cms = File.ReadAllBytes(cmsPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: --cms: {cmsPath} cannot be read: {exception.Message}");
            return CommandLine.BadInput;
        }

        return RegisterDatabase.Run(connection, error, async register =>
        {
            if (await ActingPerson.FindAsync(register, by, error) is not { } principal)
            {
                return CommandLine.BadInput;
            }

            switch (await register.Signatures.AttachAsync(principal, id, preparedId, cms))
            {
                case AttachOutcome.Attached attached:
                    foreach (var line in SignatureLines.Of(attached.Signature))
                    {
                        output.WriteLine(line);
                    }

                    return CommandLine.Ok;
                case AttachOutcome.Rejected rejected:
                    error.WriteLine($"error: {rejected.Rejection.Code}: {rejected.Rejection.Message}");
                    return CommandLine.Invalid;
                case AttachOutcome.NotPrepared missing:
                    error.WriteLine($"error: --prepared: {missing.Message}");
                    return CommandLine.BadInput;
                case AttachOutcome.Refused refused:
                    return ActingPerson.Refused(error, refused.Refusal);
                default:
                    throw new InvalidOperationException("unexpected attach outcome");
            }
        });
    }
}
