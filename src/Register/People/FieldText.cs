namespace Supervision.Register;

/// <summary>Text a person typed into a field of an office or a person: trimmed, not empty, not too long, no control characters.</summary>
internal static class FieldText
{
    /// <summary>The trimmed text, or why it is refused.</summary>
    public static (string Value, InputProblem? Problem) Required(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return (trimmed, new InputProblem(field, "is required"));
        }

        if (trimmed.Length > maxLength)
        {
            return (trimmed, new InputProblem(field, $"is {trimmed.Length} characters long; at most {maxLength}"));
        }

        return trimmed.Any(char.IsControl)
            ? (trimmed, new InputProblem(field, "contains a control character (a tab or a line break)"))
            : (trimmed, null);
    }

    /// <summary>Null for an absent or blank value; otherwise as <see cref="Required"/>.</summary>
    public static (string? Value, InputProblem? Problem) Optional(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? (null, null) : Required(field, value, maxLength);
}
