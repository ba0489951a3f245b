namespace Supervision.Api.Register;

/// <summary>
/// An edited template to publish as its file's next, live version (its shape, as the OpenAPI document
/// describes it; the service reads it strictly itself: unknown properties are refused).
/// </summary>
public sealed class PublishBody
{
    /// <summary>The template file: "templates-kk/order.sbn", "templates-ru/_signature.sbn".</summary>
    public required string Path { get; init; }

    /// <summary>The file's whole new text.</summary>
    public required string Text { get; init; }

    /// <summary>Who publishes it (a login or a name), recorded with the version and in the audit trail.</summary>
    public required string PublishedBy { get; init; }
}
