using System.Text.Json.Serialization;

namespace Supervision.Api.Pages.Forms;

/// <summary>How the form shows one field of the act model.</summary>
public sealed record FormField
{
    /// <summary>The field's label, the same words the validator's messages use.</summary>
    public required string Label { get; init; }

    /// <summary>A short hint under the field, where there is one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Help { get; init; }

    /// <summary>A paragraph of the act's prose (a text area), rather than a one-line requisite.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Prose { get; init; }

    /// <summary>
    /// Takes the form's whole width: prose, a one-line text the examples show long (an office's name, a
    /// printed position), or a choice with long words; other fields share a row.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Wide { get; init; }

    /// <summary>A sum in tenge: the form shows it in words as it is typed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Amount { get; init; }

    /// <summary>For a choice: the values the form offers, in order, with their words.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FormChoice>? Choices { get; init; }

    /// <summary>
    /// For a part whose presence the policy decides by kind (addressee, proceeding, attachments):
    /// "required", "optional", or "none" where the act has no such part and the form hides it.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Presence { get; init; }

    /// <summary>Shown only when another field has one of some values (a conclusion's review sections).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FormCondition? When { get; init; }
}
