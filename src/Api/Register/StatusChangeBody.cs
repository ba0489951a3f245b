namespace Supervision.Api.Register;

/// <summary>
/// A change of an issued act's execution status (its shape, as the OpenAPI document describes it; the
/// service reads it strictly itself: unknown properties are refused). Who records the change is the
/// signed-in person; a "changedBy" property is refused like any other unknown one.
/// </summary>
public sealed class StatusChangeBody
{
    /// <summary>"executed", "answered" or "withdrawn". An issued act may become any of them; an answered one executed or withdrawn; executed and withdrawn are final.</summary>
    public required string Status { get; init; }

    /// <summary>The date of the answer (of execution, of withdrawal), YYYY-MM-DD: not before the act, not in the future.</summary>
    public required DateOnly AnswerDate { get; init; }

    /// <summary>The answer letter's number; required for executed and answered.</summary>
    public string? AnswerNumber { get; init; }

    /// <summary>The sum collected for the creditor by then, in tenge with at most two decimals, where reported (p. 17 indicators).</summary>
    public decimal? RecoveredAmount { get; init; }
}
