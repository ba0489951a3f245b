using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>
/// verify FILE.pdf [--db CONN]: checks a signed PDF's signature against the trust store (Signing__TrustStore)
/// and tells whether the file is an act's signed document in the register, by its SHA-256. Exit 0 where the
/// signature is valid and trusted, 1 where it is not (or the file carries none), 2 for a file that cannot be read.
/// </summary>
internal sealed class VerifyCommand : ICommand
{
    public string Name => "verify";

    public string Usage => $"verify FILE.pdf {RegisterDatabase.Option}";

    public string Summary => "checks a signed PDF's PAdES signature (signer, IIN, time of signing, certificate validity, trusted by the trust store of Signing__TrustStore or not, whether it covers the whole file) " +
        "and whether the file is an act's signed or issued document in the register, by its SHA-256; exit 0 valid and trusted, 1 not";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var path = arguments.Positional(0, "FILE.pdf (the signed PDF)");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        byte[] pdf;
        try
        {
            pdf = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {path} cannot be read: {exception.Message}");
            return CommandLine.BadInput;
        }

        return RegisterDatabase.Run(connection, error, async register =>
        {
            FileVerification? verification;
            try
            {
                verification = register.Signatures.VerifyFile(pdf);
            }
            catch (FormatException exception)
            {
                error.WriteLine($"error: {path}: the signature dictionary is malformed: {exception.Message}");
                return CommandLine.BadInput;
            }

            var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            var signed = await register.Signatures.FindBySha256Async(sha256);
            output.WriteLine($"file sha256 {sha256}");
            output.WriteLine(signed is not null
                ? $"register: the signed PDF of act {signed.ActId}"
                : await register.FindByDocumentSha256Async(sha256) is { } issued
                    ? $"register: the PDF of act {issued.RegistrationNumber} as issued, unsigned"
                    : "register: not a document of this register");
            if (verification is null)
            {
                output.WriteLine("signature: none");
                return CommandLine.Invalid;
            }

            if (verification.Signature is { } signature)
            {
                output.WriteLine($"signer {signature.CommonName ?? "—"}");
                output.WriteLine($"iin {signature.Iin ?? "—"}");
                output.WriteLine($"signed at {SignatureLines.Instant(signature.SignedAt)}{(signature.HasSigningTime ? string.Empty : " (the CMS names no time: the time of this check)")}");
                output.WriteLine($"certificate {signature.Subject}");
                output.WriteLine($"issuer {signature.Issuer}");
                output.WriteLine($"valid {SignatureLines.Instant(signature.ValidFrom)} to {SignatureLines.Instant(signature.ValidTo)}");
            }

            output.WriteLine(verification.CoversWholeFile ? "covers the whole file" : "does not cover the whole file: bytes were added after signing");
            if (verification.Rejection is { } rejection)
            {
                output.WriteLine($"signature: not valid: {rejection.Code}: {rejection.Message}");
                return CommandLine.Invalid;
            }

            output.WriteLine("signature: valid, trusted");
            return verification.CoversWholeFile ? CommandLine.Ok : CommandLine.Invalid;
        });
    }
}
