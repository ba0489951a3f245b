namespace Supervision.Register;

/// <summary>What <see cref="ActSignatures.PrepareAsync"/> answers.</summary>
public abstract record PrepareOutcome
{
    private PrepareOutcome()
    {
    }

    /// <summary>The PDF is laid out and kept; the signatory signs <paramref name="ToSign"/>.</summary>
    /// <param name="PreparedId">The id to attach the CMS with.</param>
    /// <param name="ToSign">Exactly the bytes the signature covers: the PDF's two byte ranges, concatenated.</param>
    /// <param name="Digest">Their SHA-256.</param>
    /// <param name="ByteRange">The PDF's /ByteRange: [0, a, b, c].</param>
    /// <param name="ExpiresAt">When the preparation can no longer be attached to.</param>
    public sealed record Prepared(string PreparedId, byte[] ToSign, byte[] Digest, IReadOnlyList<long> ByteRange, DateTimeOffset ExpiresAt) : PrepareOutcome;

    /// <summary>Not prepared: no such act (not found), not its signatory (forbidden), signed already (conflict).</summary>
    public sealed record Refused(Refusal Refusal) : PrepareOutcome;
}

/// <summary>What <see cref="ActSignatures.AttachAsync"/> answers.</summary>
public abstract record AttachOutcome
{
    private AttachOutcome()
    {
    }

    /// <summary>The CMS verified and is embedded; the signed PDF is the act's PDF from now on.</summary>
    public sealed record Attached(ActSignatureRecord Signature) : AttachOutcome;

    /// <summary>Not attached: no such act (not found), not its signatory (forbidden), signed already (conflict).</summary>
    public sealed record Refused(Refusal Refusal) : AttachOutcome;

    /// <summary>No preparation of the act has the id: never made, another act's, or expired (or attached meanwhile).</summary>
    public sealed record NotPrepared(string Message) : AttachOutcome;

    /// <summary>The CMS itself was refused, with the reason's code.</summary>
    public sealed record Rejected(SignatureRejection Rejection) : AttachOutcome;
}
