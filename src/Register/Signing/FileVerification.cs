namespace Supervision.Register;

/// <summary>A signed PDF's signature as <see cref="ActSignatures.VerifyFile"/> found it.</summary>
/// <param name="Signature">The signature's details where it verified and is trusted.</param>
/// <param name="Rejection">Why it did not, where it did not.</param>
/// <param name="CoversWholeFile">Whether the signature covers the whole file (nothing appended after signing).</param>
public sealed record FileVerification(VerifiedSignature? Signature, SignatureRejection? Rejection, bool CoversWholeFile);
