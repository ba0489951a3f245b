namespace Supervision.Register;

/// <summary>
/// An annual check an office held of the territorial departments of justice and the private bailiffs (p. 11), as a
/// controller records it: the days it ran and what was checked. Its last day decides when the check report is due.
/// </summary>
public sealed record HeldCheckEntry
{
    /// <summary>The office that held the check ("2"); a registered office whose level sends check reports.</summary>
    public required string OfficeCode { get; init; }

    /// <summary>The day the check began; from 2000, not in the future.</summary>
    public required DateOnly CheckStart { get; init; }

    /// <summary>The day the check ended: the report is due by the delivery day of the month after it.</summary>
    public required DateOnly CheckEnd { get; init; }

    /// <summary>The departments of justice and chambers of private bailiffs checked, each in the nominative as the check report lists them.</summary>
    public required IReadOnlyList<string> Checked { get; init; }

    /// <summary>A note of the controller's, where he has one.</summary>
    public string? Note { get; init; }
}
