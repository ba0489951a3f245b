using System.Text.Json.Serialization.Metadata;
using Supervision.Texts;

namespace Supervision.Reading;

/// <summary>
/// Puts every text of an act into <see cref="TextForm.Nfc">form C</see> as it is read: a modifier of the
/// act contract that wraps the setter of each string and list-of-strings property. Done on the setters
/// rather than with a string converter so that the JSON schemas exported from the same contract still say
/// "string".
/// </summary>
internal static class NfcStrings
{
    /// <summary>The modifier for <see cref="DefaultJsonTypeInfoResolver.Modifiers"/>.</summary>
    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not { } set)
            {
                continue;
            }

            if (property.PropertyType == typeof(string))
            {
                property.Set = (target, value) => set(target, value is string text ? TextForm.Nfc(text) : value);
            }
            else if (property.PropertyType == typeof(IReadOnlyList<string>))
            {
                property.Set = (target, value) => set(target, value is IReadOnlyList<string> texts ? Normalized(texts) : value);
            }
        }
    }

    private static IReadOnlyList<string> Normalized(IReadOnlyList<string> texts) =>
        texts.All(text => text is null || ReferenceEquals(TextForm.Nfc(text), text))
            ? texts
            : [.. texts.Select(text => text is null ? null! : TextForm.Nfc(text))];
}
