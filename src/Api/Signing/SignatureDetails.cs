using Supervision.Register;

namespace Supervision.Api.Signing;

/// <summary>An attached signature: the signer as the act and the certificate name him, when he signed, the certificate, and the signed PDF's hash.</summary>
/// <param name="ActId">The act's id.</param>
/// <param name="Signer">The signer's name as the act prints it.</param>
/// <param name="Position">The signer's position as the act prints it.</param>
/// <param name="Iin">The signer's IIN, from the certificate's subject.</param>
/// <param name="SignedAt">The time of signing (the CMS's signing-time attribute).</param>
/// <param name="Certificate">The signer's certificate.</param>
/// <param name="Sha256">The SHA-256 of the signed PDF, lowercase hex: the act's PDF document from now on.</param>
public sealed record SignatureDetails(long ActId, string Signer, string Position, string Iin, DateTimeOffset SignedAt, CertificateDetails Certificate, string Sha256)
{
    /// <summary>The answer for a stored signature.</summary>
    public static SignatureDetails Of(ActSignatureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.ActId, record.SignerName, record.SignerPosition, record.SignerIin, record.SignedAt,
            new CertificateDetails(record.CertificateSubject, record.CertificateIssuer, record.CertificateSerial, record.ValidFrom, record.ValidTo), record.Sha256);
    }
}

/// <summary>A signer's certificate as the answer shows it.</summary>
/// <param name="Subject">Its subject (RFC 4514).</param>
/// <param name="Issuer">Its issuer (RFC 4514).</param>
/// <param name="Serial">Its serial number, hex.</param>
/// <param name="ValidFrom">The start of its validity.</param>
/// <param name="ValidTo">The end of its validity.</param>
public sealed record CertificateDetails(string Subject, string Issuer, string Serial, DateTimeOffset ValidFrom, DateTimeOffset ValidTo);
