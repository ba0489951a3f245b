using System.Collections.Frozen;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Api.Pages.Forms;

/// <summary>
/// Short help under the form's fields, in Kazakh and Russian, kept as data beside the field labels
/// (<c>src/Generator/Validation/Messages/help.kk.json</c>, <c>help.ru.json</c>; same keys as the labels).
/// A field without help shows its label only.
/// </summary>
public static class FieldHelp
{
    private static readonly FrozenDictionary<string, string> Kazakh = Load(ActLanguage.Kk);
    private static readonly FrozenDictionary<string, string> Russian = Load(ActLanguage.Ru);

    /// <summary>The help texts of a language by field path (without indexes).</summary>
    public static IReadOnlyDictionary<string, string> For(ActLanguage language) => language == ActLanguage.Kk ? Kazakh : Russian;

    private static FrozenDictionary<string, string> Load(ActLanguage language)
    {
        // The Generator builds every JSON file of Validation/Messages into itself under this name.
        var name = $"Supervision.Messages.help.{EnumNames.Of(language)}.json";
        using var stream = typeof(ValidationMessages).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        return (JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? []).ToFrozenDictionary(StringComparer.Ordinal);
    }
}
