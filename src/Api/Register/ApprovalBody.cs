namespace Supervision.Api.Register;

/// <summary>The proposed template version an editor approves (read strictly: unknown properties are refused).</summary>
public sealed class ApprovalBody
{
    /// <summary>The template file: "templates-kk/order.sbn".</summary>
    public required string Path { get; init; }

    /// <summary>The proposed version's number.</summary>
    public required int Version { get; init; }
}
