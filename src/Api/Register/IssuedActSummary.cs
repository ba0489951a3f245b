using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>One issued act in a list: what it is, whose, its term and where its execution stands (not the act itself).</summary>
/// <param name="Id">The register's id of the act.</param>
/// <param name="RegistrationNumber">"2-11-25/17".</param>
/// <param name="OfficeCode">The office's registration index: "2-11".</param>
/// <param name="OfficeName">The office's name as printed in the act.</param>
/// <param name="Kind">"instruction", "order", "submission", "protest", ...</param>
/// <param name="Language">"kk" or "ru".</param>
/// <param name="Date">The act's date.</param>
/// <param name="Prosecutor">Who signed it and controls its execution: "Surname Given-name Patronymic".</param>
/// <param name="DueDate">When it must be executed or answered; null where its kind sets no term.</param>
/// <param name="Status">"issued", "executed", "answered" or "withdrawn".</param>
/// <param name="AnswerDate">The date of the answer, execution or withdrawal.</param>
/// <param name="AnswerNumber">The answer letter's number.</param>
/// <param name="IssuedBy">Who issued it.</param>
/// <param name="IssuedAt">When (UTC).</param>
/// <param name="Links">Where to get its record and documents.</param>
public sealed record IssuedActSummary(
    long Id,
    string RegistrationNumber,
    string OfficeCode,
    string OfficeName,
    string Kind,
    string Language,
    DateOnly Date,
    string Prosecutor,
    DateOnly? DueDate,
    string Status,
    DateOnly? AnswerDate,
    string? AnswerNumber,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    IssuedActLinks Links)
{
    /// <summary>The summary of a register list's act.</summary>
    public static IssuedActSummary Of(ActSummary act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return new(
            act.Id,
            act.RegistrationNumber,
            act.OfficeCode,
            act.OfficeName,
            EnumNames.Of(act.Kind),
            EnumNames.Of(act.Language),
            act.Date,
            act.Prosecutor,
            act.DueDate,
            EnumNames.Of(act.Status),
            act.AnswerDate,
            act.AnswerNumber,
            act.IssuedBy,
            act.IssuedAt,
            IssuedActLinks.For(act.Id));
    }
}
