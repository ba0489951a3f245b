using System.Text.Json;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>An issued act in full: its register record, the act as issued (number included), the template versions and the hashes of its documents.</summary>
/// <param name="Id">The register's id of the act.</param>
/// <param name="RegistrationNumber">"2-11-25/17".</param>
/// <param name="OfficeCode">The office's registration index: "2-11".</param>
/// <param name="OfficeName">The office's name as printed in the act.</param>
/// <param name="Year">The year of its number's sequence.</param>
/// <param name="Sequence">Its number within the office and year.</param>
/// <param name="Kind">"instruction", "order", ...</param>
/// <param name="Language">"kk" or "ru".</param>
/// <param name="Date">The act's date.</param>
/// <param name="Prosecutor">Who signed it and controls its execution.</param>
/// <param name="ProceedingNumber">The enforcement proceeding's number, where the act names one.</param>
/// <param name="CreditorKind">The proceeding's creditor kind ("state", ...), where the act names one.</param>
/// <param name="ClaimAmount">The sum to collect in the proceeding, in tenge.</param>
/// <param name="DueDate">When it must be executed or answered; null where its kind sets no term.</param>
/// <param name="Status">"issued", "executed", "answered" or "withdrawn".</param>
/// <param name="AnswerDate">The date of the answer, execution or withdrawal.</param>
/// <param name="AnswerNumber">The answer letter's number.</param>
/// <param name="RecoveredAmount">The sum collected by the time of the answer, where reported, in tenge.</param>
/// <param name="StatusChangedBy">Who changed the status last.</param>
/// <param name="StatusChangedAt">When (UTC).</param>
/// <param name="IssuedBy">Who issued it.</param>
/// <param name="IssuedAt">When (UTC).</param>
/// <param name="Sha256">The SHA-256 of the PDF as issued (and kept); of the DOCX and HTML too for acts issued before the PDF was kept.</param>
/// <param name="TemplateVersions">The template files and versions it was worded with.</param>
/// <param name="Act">The act as issued, in the JSON the render endpoint takes.</param>
/// <param name="Links">Where to get its documents.</param>
public sealed record IssuedActDetails(
    long Id,
    string RegistrationNumber,
    string OfficeCode,
    string OfficeName,
    int Year,
    int Sequence,
    string Kind,
    string Language,
    DateOnly Date,
    string Prosecutor,
    string? ProceedingNumber,
    string? CreditorKind,
    decimal? ClaimAmount,
    DateOnly? DueDate,
    string Status,
    DateOnly? AnswerDate,
    string? AnswerNumber,
    decimal? RecoveredAmount,
    string? StatusChangedBy,
    DateTimeOffset? StatusChangedAt,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    DocumentHashes Sha256,
    IReadOnlyList<TemplateUse> TemplateVersions,
    JsonElement Act,
    IssuedActLinks Links)
{
    /// <summary>The act it follows and the follow-ups made from it (a withdrawal resolution's notice and hand-over
    /// letter); null where not asked for.</summary>
    public FollowUps.FollowUpLinksView? FollowUps { get; init; }

    /// <summary>The public verification address its QR code carries ("{PublicBaseUrl}/verify/{token}"); null for acts issued before tokens existed.</summary>
    public string? VerifyUrl { get; init; }

    /// <summary>The details of a register record.</summary>
    public static IssuedActDetails Of(IssuedAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        using var json = JsonDocument.Parse(act.ActJson);
        return new(
            act.Id,
            act.RegistrationNumber,
            act.OfficeCode,
            act.OfficeName,
            act.Year,
            act.Sequence,
            EnumNames.Of(act.Kind),
            EnumNames.Of(act.Language),
            act.Date,
            act.Prosecutor,
            act.ProceedingNumber,
            act.CreditorKind is { } creditor ? EnumNames.Of(creditor) : null,
            act.ClaimAmount,
            act.DueDate,
            EnumNames.Of(act.Status),
            act.AnswerDate,
            act.AnswerNumber,
            act.RecoveredAmount,
            act.StatusChangedBy,
            act.StatusChangedAt,
            act.IssuedBy,
            act.IssuedAt,
            DocumentHashes.Of(act.Sha256),
            act.Templates,
            json.RootElement.Clone(),
            IssuedActLinks.For(act.Id))
        {
            VerifyUrl = act.VerifyUrl,
        };
    }
}
