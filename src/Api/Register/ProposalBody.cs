namespace Supervision.Api.Register;

/// <summary>
/// An edited template proposed as its file's next version (its shape, as the OpenAPI document describes
/// it; the service reads it strictly itself: unknown properties, such as a "proposedBy", are refused).
/// </summary>
public sealed class ProposalBody
{
    /// <summary>The template file: "templates-kk/order.sbn", "templates-ru/_signature.sbn".</summary>
    public required string Path { get; init; }

    /// <summary>The file's whole new text.</summary>
    public required string Text { get; init; }
}
