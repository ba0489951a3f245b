namespace Supervision.Api.HeldChecks;

/// <summary>
/// An annual check as a controller records it (its shape, as the OpenAPI document describes it; the service reads it
/// strictly itself: unknown properties are refused). Who records it is the signed-in person, never a field.
/// </summary>
public sealed class HeldCheckBody
{
    /// <summary>The office that held the check ("2"): the controller's own, a regional office.</summary>
    public required string OfficeCode { get; init; }

    /// <summary>The day the check began, YYYY-MM-DD: from 2000-01-01, not in the future.</summary>
    public required DateOnly CheckStart { get; init; }

    /// <summary>The day the check ended, YYYY-MM-DD: not before it began, not in the future. The report is due by the 7th of the month after it.</summary>
    public required DateOnly CheckEnd { get; init; }

    /// <summary>The territorial departments of justice and regional chambers of private bailiffs checked, each in the nominative; at least one.</summary>
    public required IReadOnlyList<string> Checked { get; init; }

    /// <summary>A note, where there is one.</summary>
    public string? Note { get; init; }
}
