namespace Supervision.Register;

/// <summary>A change of an act's execution status, with who records it as a name: the HTTP door's until it
/// authenticates (see <see cref="StatusUpdate"/> for the principal's).</summary>
/// <param name="Status">Executed, answered or withdrawn.</param>
/// <param name="AnswerDate">The date of the answer (of execution, of withdrawal); not before the act, not in the future.</param>
/// <param name="AnswerNumber">The answer letter's number; required for executed and answered.</param>
/// <param name="ChangedBy">Who records the change.</param>
/// <param name="RecoveredAmount">The sum collected for the creditor by then, in tenge, where reported (p. 17).</param>
internal sealed record StatusChange(ActStatus Status, DateOnly AnswerDate, string? AnswerNumber, string ChangedBy, decimal? RecoveredAmount = null);
