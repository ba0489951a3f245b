namespace Supervision.Register;

/// <summary>A PDF laid out for signing, kept until the signatory's CMS comes back or it expires (table <c>signature_preparations</c>).</summary>
/// <param name="Id">The random id handed to the signatory (128 bits, hex).</param>
/// <param name="ActId">The act it is the document of.</param>
/// <param name="PreparedBy">The signatory's login.</param>
/// <param name="PreparedAt">When it was laid out; it expires <see cref="ActSignatures.PreparationLifetime"/> later.</param>
/// <param name="Pdf">The PDF with its signature placeholder.</param>
/// <param name="ByteRange">The placeholder's /ByteRange.</param>
/// <param name="Digest">The SHA-256 of the bytes to sign, lowercase hex.</param>
/// <param name="SignerName">The signer's name as the e-document note prints it.</param>
/// <param name="SignerPosition">The signer's position as the note prints it.</param>
/// <param name="SignedAt">The time the note and the signature dictionary's /M print.</param>
internal sealed record SignaturePreparation(
    string Id,
    long ActId,
    string PreparedBy,
    DateTimeOffset PreparedAt,
    byte[] Pdf,
    IReadOnlyList<long> ByteRange,
    string Digest,
    string SignerName,
    string SignerPosition,
    DateTimeOffset SignedAt);
