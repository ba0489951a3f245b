using System.Globalization;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>A signature as the command line prints it, one fact a line.</summary>
internal static class SignatureLines
{
    public static IEnumerable<string> Of(ActSignatureRecord signature)
    {
        yield return $"signed act {signature.ActId.ToString(CultureInfo.InvariantCulture)}";
        yield return $"signer {signature.SignerName} ({signature.SignerPosition})";
        yield return $"iin {signature.SignerIin}";
        yield return $"signed at {Instant(signature.SignedAt)}";
        yield return $"certificate {signature.CertificateSubject}";
        yield return $"issuer {signature.CertificateIssuer}";
        yield return $"valid {Instant(signature.ValidFrom)} to {Instant(signature.ValidTo)}";
        yield return $"sha256 {signature.Sha256}";
    }

    public static string Instant(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
