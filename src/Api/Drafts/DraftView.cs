using System.Text.Json;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Drafts;

/// <summary>A draft as its drafter, its signatory, an approver of its office or the office's head sees it.</summary>
/// <param name="Id">The register's id of the draft.</param>
/// <param name="Kind">The kind of act: "order", "conclusion", ...</param>
/// <param name="Language">"kk" or "ru".</param>
/// <param name="State">"draft", "submitted", "returned", "awaiting-approval" or "issued".</param>
/// <param name="Office">The index of the office it is drafted in ("2-11"): the drafter's.</param>
/// <param name="DraftedBy">The drafter: a person's login or a client's name.</param>
/// <param name="Signatory">The login of the person it is submitted to, once submitted.</param>
/// <param name="Remarks">The signatory's remarks when he returned it.</param>
/// <param name="ApprovedBy">The login of the approver, once approved.</param>
/// <param name="IssuedActId">The id of the issued act (<c>/api/acts/issued/{id}</c>), once issued.</param>
/// <param name="RegistrationNumber">The act's registration number ("2-11-25/17"), once issued.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="Act">The act as it stands, in the JSON of <c>POST /api/acts/render</c>: the signature, office and approval as the register filled them once signed and approved.</param>
public sealed record DraftView(
    long Id,
    string Kind,
    string Language,
    string State,
    string Office,
    string DraftedBy,
    string? Signatory,
    string? Remarks,
    string? ApprovedBy,
    long? IssuedActId,
    string? RegistrationNumber,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JsonElement Act)
{
    /// <summary>The view of a stored draft.</summary>
    public static DraftView Of(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var act = JsonDocument.Parse(draft.ActJson);
        return new(
            draft.Id,
            EnumNames.Of(draft.Kind),
            EnumNames.Of(draft.Language),
            EnumNames.Of(draft.State),
            draft.OfficeCode,
            draft.DraftedBy,
            draft.Signatory,
            draft.Remarks,
            draft.ApprovedBy,
            draft.IssuedActId,
            NumberOf(draft, act.RootElement),
            draft.CreatedAt,
            draft.UpdatedAt,
            act.RootElement.Clone());
    }

    /// <summary>The number the register wrote into the act at issue; none before (a number a drafter typed is not one).</summary>
    internal static string? NumberOf(Draft draft, JsonElement act) =>
        draft.State == DraftState.Issued && act.TryGetProperty("number", out var number) && number.ValueKind == JsonValueKind.String ? number.GetString() : null;
}
