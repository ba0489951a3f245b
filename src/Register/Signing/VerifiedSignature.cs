namespace Supervision.Register;

/// <summary>A CMS signature that verified: what its certificate says of the signer, and when it was made.</summary>
/// <param name="Iin">The IIN from the subject's SERIALNUMBER ("IIN123456789012"), or null where it has none.</param>
/// <param name="CommonName">The subject's common name (CN), or null.</param>
/// <param name="Subject">The certificate's subject, most specific part first (RFC 4514).</param>
/// <param name="Issuer">The certificate's issuer, likewise.</param>
/// <param name="Serial">The certificate's serial number, hex.</param>
/// <param name="ValidFrom">The start of the certificate's validity.</param>
/// <param name="ValidTo">Its end.</param>
/// <param name="SignedAt">The CMS's signing-time attribute, or the time of verification where it has none.</param>
/// <param name="HasSigningTime">Whether the CMS names its signing time.</param>
public sealed record VerifiedSignature(
    string? Iin,
    string? CommonName,
    string Subject,
    string Issuer,
    string Serial,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidTo,
    DateTimeOffset SignedAt,
    bool HasSigningTime);
