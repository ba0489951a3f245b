using Supervision.Generation;

namespace Supervision.Register;

/// <summary>
/// What the public verification page tells of an act found by its token: the act, its signature where it is
/// signed, and the SHA-256 of its PDF as it stands (the signed PDF once signed, else the issued one).
/// </summary>
/// <param name="Act">The issued act.</param>
/// <param name="Signature">Its electronic signature, or null while it is not signed.</param>
public sealed record VerifiedAct(IssuedAct Act, ActSignatureRecord? Signature)
{
    /// <summary>The SHA-256 of the act's PDF (lowercase hex): the signed file's once signed, else the issued file's.</summary>
    public string? PdfSha256 => Signature?.Sha256 ?? (Act.Sha256.TryGetValue(OutputFormat.Pdf, out var sha256) ? sha256 : null);
}
