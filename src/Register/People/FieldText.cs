using Supervision.Texts;

namespace Supervision.Register;

/// <summary>
/// Text a person typed into a field of an office or a person: trimmed, in Unicode form C (so that a name
/// typed with a combining mark is stored, searched and printed as the same name typed precomposed), not
/// empty, not too long, and holding no character the one text policy refuses (<see cref="TextCharacters"/>:
/// control characters, line breaks, bidirectional controls, zero-width characters).
/// </summary>
internal static class FieldText
{
    /// <summary>The text as stored: trimmed and in form C.</summary>
    public static string Clean(string value) => TextForm.Nfc(value.Trim());

    /// <summary>The cleaned text, or why it is refused.</summary>
    public static (string Value, InputProblem? Problem) Required(string field, string? value, int maxLength)
    {
        var cleaned = value is null ? string.Empty : Clean(value);
        if (cleaned.Length == 0)
        {
            return (cleaned, new InputProblem(field, "is required"));
        }

        if (cleaned.Length > maxLength)
        {
            return (cleaned, new InputProblem(field, $"is {cleaned.Length} characters long; at most {maxLength}"));
        }

        return TextCharacters.FirstRefused(cleaned, multiLine: false) is { } refused
            ? (cleaned, new InputProblem(field, $"contains {Describe(refused.Fault)} {refused.Name} at position {refused.Position}"))
            : (cleaned, null);
    }

    /// <summary>Null for an absent or blank value; otherwise as <see cref="Required"/>.</summary>
    public static (string? Value, InputProblem? Problem) Optional(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? (null, null) : Required(field, value, maxLength);

    private static string Describe(CharacterFault fault) => fault switch
    {
        CharacterFault.LineBreak => "a line break",
        CharacterFault.Invisible => "an invisible character",
        _ => "a control character",
    };
}
