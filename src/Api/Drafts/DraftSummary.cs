using System.Text.Json;
using Supervision.Acts;
using Supervision.Register;
using Supervision.Vocabulary;

namespace Supervision.Api.Drafts;

/// <summary>A draft in a list (<c>GET /api/drafts?box=</c>): <see cref="DraftView"/> without the act, with its title and date.</summary>
/// <param name="Id">The register's id of the draft.</param>
/// <param name="Kind">The kind of act.</param>
/// <param name="Language">"kk" or "ru".</param>
/// <param name="Title">The kind's title in the act's language: "заң бұзушылықты жою туралы ұйғарым".</param>
/// <param name="Date">The act's date as drafted (YYYY-MM-DD), where it has one.</param>
/// <param name="State">"draft", "submitted", "returned", "awaiting-approval" or "issued".</param>
/// <param name="Office">The office's index.</param>
/// <param name="DraftedBy">The drafter: a person's login or a client's name.</param>
/// <param name="DraftedByName">The drafter's full name ("Сапарова Гүлнар Ерланқызы") where the drafter is a person of the register; null for a client.</param>
/// <param name="Signatory">The login of the person it is submitted to.</param>
/// <param name="SignatoryName">The signatory's full name, once submitted.</param>
/// <param name="Remarks">The signatory's remarks when returned.</param>
/// <param name="ApprovedBy">The login of the approver, once approved.</param>
/// <param name="IssuedActId">The id of the issued act, once issued.</param>
/// <param name="RegistrationNumber">The act's registration number, once issued.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record DraftSummary(
    long Id,
    string Kind,
    string Language,
    string Title,
    string? Date,
    string State,
    string Office,
    string DraftedBy,
    string? DraftedByName,
    string? Signatory,
    string? SignatoryName,
    string? Remarks,
    string? ApprovedBy,
    long? IssuedActId,
    string? RegistrationNumber,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The summary of a stored draft, its people named from <paramref name="names"/>.</summary>
    public static DraftSummary Of(Draft draft, PersonNames names)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(names);
        using var act = JsonDocument.Parse(draft.ActJson);
        var date = act.RootElement.TryGetProperty("date", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new(
            draft.Id,
            EnumNames.Of(draft.Kind),
            EnumNames.Of(draft.Language),
            ActVocabulary.For(draft.Language).KindTitle(draft.Kind),
            date,
            EnumNames.Of(draft.State),
            draft.OfficeCode,
            draft.DraftedBy,
            names.Of(draft.DraftedBy),
            draft.Signatory,
            names.Of(draft.Signatory),
            draft.Remarks,
            draft.ApprovedBy,
            draft.IssuedActId,
            DraftView.NumberOf(draft, act.RootElement),
            draft.CreatedAt,
            draft.UpdatedAt);
    }
}
