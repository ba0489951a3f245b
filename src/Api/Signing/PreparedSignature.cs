namespace Supervision.Api.Signing;

/// <summary>A PDF laid out for signing: what the signatory's machine signs, and how to hand the signature back.</summary>
/// <param name="PreparedId">The id to attach the CMS with (<c>POST /api/acts/issued/{id}/signature</c>).</param>
/// <param name="ToSign">Exactly the bytes the signature covers (the PDF's two byte ranges), base64: sign them as a detached CMS with SHA-256.</param>
/// <param name="Digest">The SHA-256 of <paramref name="ToSign"/>, base64.</param>
/// <param name="ByteRange">The PDF's /ByteRange: [0, a, b, c].</param>
/// <param name="ExpiresAt">When the preparation can no longer be attached to (30 minutes after prepare).</param>
public sealed record PreparedSignature(string PreparedId, string ToSign, string Digest, IReadOnlyList<long> ByteRange, DateTimeOffset ExpiresAt);
