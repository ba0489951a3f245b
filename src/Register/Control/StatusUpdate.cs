namespace Supervision.Register;

/// <summary>A change of an act's execution status, made by a principal (who made it is the principal, never a field).</summary>
/// <param name="Status">Executed, answered or withdrawn.</param>
/// <param name="AnswerDate">The date of the answer (of execution, of withdrawal); not before the act, not in the future.</param>
/// <param name="AnswerNumber">The answer letter's number; required for executed and answered.</param>
/// <param name="RecoveredAmount">The sum collected for the creditor by then, in tenge, where reported (p. 17).</param>
public sealed record StatusUpdate(ActStatus Status, DateOnly AnswerDate, string? AnswerNumber, decimal? RecoveredAmount = null);
