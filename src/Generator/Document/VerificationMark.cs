namespace Supervision.Document;

/// <summary>
/// The mark at the foot of an issued act's last page by which anyone holding a printout can check it: a QR
/// code for <see cref="Url"/> beside the printed <see cref="Token"/>, and, once the act is signed
/// electronically, the e-document note of Law No. 370-II art. 7 p. 1 with the signer and time.
/// </summary>
/// <param name="Url">The public verification address the QR code encodes: "{PublicBaseUrl}/verify/{token}".</param>
/// <param name="Token">The act's random verification token, printed beside the code for those who type it.</param>
public sealed record VerificationMark(string Url, string Token) : Block
{
    /// <summary>Who signed the act electronically and when; none while the act is not signed.</summary>
    public SignatureNote? Signature { get; init; }
}

/// <summary>The signer and time printed in the e-document note of a signed act.</summary>
/// <param name="Signer">The signatory's name as printed on the act ("А.Б. Серікбаев").</param>
/// <param name="Position">The signatory's position.</param>
/// <param name="SignedAt">The time of signing, shown in Kazakhstan time.</param>
public sealed record SignatureNote(string Signer, string Position, DateTimeOffset SignedAt);
