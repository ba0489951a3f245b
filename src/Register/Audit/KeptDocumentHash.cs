namespace Supervision.Register;

/// <summary>A kept document as <c>audit verify</c> sees it: its stored hash and the hash of its stored bytes.</summary>
/// <param name="ActId">The act's id.</param>
/// <param name="Format">The format as stored ("pdf").</param>
/// <param name="RegistrationNumber">The act's number; null where the act's row is gone.</param>
/// <param name="Sha256">The SHA-256 stored beside the bytes (and recorded in the act's issue entry).</param>
/// <param name="ContentSha256">The SHA-256 of the bytes as stored now.</param>
internal sealed record KeptDocumentHash(long ActId, string Format, string? RegistrationNumber, string Sha256, string ContentSha256);
