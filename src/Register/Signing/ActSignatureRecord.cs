namespace Supervision.Register;

/// <summary>
/// An issued act's PAdES signature as the register keeps it (table <c>act_signatures</c>): the signed PDF,
/// which from then on is the act's PDF document, and what its certificate says of the signer.
/// </summary>
public sealed record ActSignatureRecord
{
    /// <summary>The act's id in the register.</summary>
    public required long ActId { get; init; }

    /// <summary>The signed PDF: the prepared file with the signatory's CMS embedded.</summary>
    public required byte[] Pdf { get; init; }

    /// <summary>The SHA-256 of <see cref="Pdf"/>, lowercase hex; also recorded in the audit.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The signer's IIN, from the certificate subject's SERIALNUMBER ("IIN123456789012").</summary>
    public required string SignerIin { get; init; }

    /// <summary>The signer's name as printed on the act.</summary>
    public required string SignerName { get; init; }

    /// <summary>The signer's position as printed on the act.</summary>
    public required string SignerPosition { get; init; }

    /// <summary>The certificate's subject, as an RFC 4514 distinguished name.</summary>
    public required string CertificateSubject { get; init; }

    /// <summary>The certificate's issuer, as an RFC 4514 distinguished name.</summary>
    public required string CertificateIssuer { get; init; }

    /// <summary>The certificate's serial number, hex.</summary>
    public required string CertificateSerial { get; init; }

    /// <summary>The start of the certificate's validity.</summary>
    public required DateTimeOffset ValidFrom { get; init; }

    /// <summary>The end of the certificate's validity.</summary>
    public required DateTimeOffset ValidTo { get; init; }

    /// <summary>The time of signing: the CMS's signing-time attribute, checked against the certificate's validity.</summary>
    public required DateTimeOffset SignedAt { get; init; }

    /// <summary>Who attached the signature (the signed-in signatory's login).</summary>
    public required string RecordedBy { get; init; }

    /// <summary>When the register accepted it.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
