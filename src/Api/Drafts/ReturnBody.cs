namespace Supervision.Api.Drafts;

/// <summary>Why a signatory sends a draft back to its drafter (read strictly: unknown properties are refused).</summary>
public sealed class ReturnBody
{
    /// <summary>What the drafter must change: 1 to 2000 characters.</summary>
    public required string Remarks { get; init; }
}
