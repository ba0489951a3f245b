using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>The answer to issuing an act (201): its number, the hashes of its documents, its term and where to get them.</summary>
/// <param name="Id">The register's id of the act.</param>
/// <param name="RegistrationNumber">The outgoing registration number written into the act: "2-11-25/17".</param>
/// <param name="OfficeCode">The office's registration index: "2-11".</param>
/// <param name="Kind">The kind of act: "instruction", "order", ...</param>
/// <param name="Language">"kk" or "ru".</param>
/// <param name="Date">The act's date.</param>
/// <param name="Prosecutor">Who signed it and controls its execution: "Surname Given-name Patronymic".</param>
/// <param name="DueDate">When it must be executed or answered; null where its kind sets no term.</param>
/// <param name="IssuedBy">Who issued it.</param>
/// <param name="IssuedAt">When (UTC).</param>
/// <param name="Sha256">The SHA-256 of the DOCX, PDF and HTML as issued.</param>
/// <param name="TemplateVersions">The template files and versions it was worded with.</param>
/// <param name="Links">Where to get its record and documents.</param>
public sealed record IssueResponse(
    long Id,
    string RegistrationNumber,
    string OfficeCode,
    string Kind,
    string Language,
    DateOnly Date,
    string Prosecutor,
    DateOnly? DueDate,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    DocumentHashes Sha256,
    IReadOnlyList<TemplateUse> TemplateVersions,
    IssuedActLinks Links)
{
    /// <summary>The answer for an act just issued.</summary>
    public static IssueResponse Of(IssuedAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return new(
            act.Id,
            act.RegistrationNumber,
            act.OfficeCode,
            EnumNames.Of(act.Kind),
            EnumNames.Of(act.Language),
            act.Date,
            act.Prosecutor,
            act.DueDate,
            act.IssuedBy,
            act.IssuedAt,
            DocumentHashes.Of(act.Sha256),
            act.Templates,
            IssuedActLinks.For(act.Id));
    }
}
