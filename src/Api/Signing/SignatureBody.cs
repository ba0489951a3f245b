namespace Supervision.Api.Signing;

/// <summary>The signatory's CMS for a prepared PDF (read strictly: unknown properties are refused).</summary>
public sealed class SignatureBody
{
    /// <summary>The <c>preparedId</c> that prepare answered.</summary>
    public required string PreparedId { get; init; }

    /// <summary>The detached CMS SignedData over <c>toSign</c>, DER, in base64 on the wire.</summary>
    public required byte[] Cms { get; init; }
}
