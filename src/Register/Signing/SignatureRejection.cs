namespace Supervision.Register;

/// <summary>
/// Why a signatory's CMS was not accepted, with a stable code the HTTP door makes the problem's type and
/// the command line prints, and one line saying what is wrong and what to do.
/// </summary>
/// <param name="Code">One of the constants below.</param>
/// <param name="Message">One line for a person.</param>
public sealed record SignatureRejection(string Code, string Message)
{
    /// <summary>The bytes are not a CMS SignedData (DER).</summary>
    public const string CmsMalformed = "cms-malformed";

    /// <summary>The CMS carries the signed content inside it; PAdES wants a detached signature.</summary>
    public const string CmsNotDetached = "cms-not-detached";

    /// <summary>The CMS's message digest is not the SHA-256 of the bytes prepared for signing.</summary>
    public const string CmsWrongContent = "cms-wrong-content";

    /// <summary>The CMS is larger than the PDF's signature placeholder.</summary>
    public const string CmsTooLarge = "cms-too-large";

    /// <summary>The signature value does not verify with the signer's certificate.</summary>
    public const string SignatureInvalid = "signature-invalid";

    /// <summary>The certificate does not chain to a certificate of the trust store.</summary>
    public const string CertificateUntrusted = "certificate-untrusted";

    /// <summary>The certificate was expired, or not yet valid, at the time of signing.</summary>
    public const string CertificateNotValidAtSigningTime = "certificate-not-valid-at-signing-time";

    /// <summary>A CRL of the trust store lists the certificate (or one of its chain) as revoked.</summary>
    public const string CertificateRevoked = "certificate-revoked";

    /// <summary>The certificate's subject IIN is not the act's signatory's.</summary>
    public const string SignerIinMismatch = "signer-iin-mismatch";

    /// <summary>A GOST 34.310 certificate (OID 1.2.398.3.10.1.1.1.1), which this service cannot verify.</summary>
    public const string GostUnsupported = "gost-unsupported";

    /// <summary>A signature algorithm other than RSA with SHA-256.</summary>
    public const string AlgorithmUnsupported = "algorithm-unsupported";

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
