using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Supervision.Acts;

namespace Supervision.Validation;

/// <summary>
/// The validator's words in one language: message texts by message id (messages.kk.json) and field
/// labels by field path (labels.kk.json). Kept as data so that wording is edited, not coded.
/// </summary>
public sealed class ValidationMessages
{
    private static readonly ValidationMessages Kazakh = Load(ActLanguage.Kk);
    private static readonly ValidationMessages Russian = Load(ActLanguage.Ru);

    private readonly FrozenDictionary<string, string> _messages;
    private readonly FrozenDictionary<string, string> _labels;

    private ValidationMessages(FrozenDictionary<string, string> messages, FrozenDictionary<string, string> labels) =>
        (_messages, _labels) = (messages, labels);

    /// <summary>The messages of a language.</summary>
    public static ValidationMessages For(ActLanguage language) => language == ActLanguage.Kk ? Kazakh : Russian;

    /// <summary>The message ids this language has.</summary>
    public IEnumerable<string> MessageIds => _messages.Keys;

    /// <summary>The field paths (without list indexes) this language has labels for.</summary>
    public IEnumerable<string> LabelledFields => _labels.Keys;

    /// <summary>Whether this language has a message with the id.</summary>
    public bool Has(string messageId) => _messages.ContainsKey(messageId);

    /// <summary>The label of a field, by its path; list indexes are ignored ("violations[2]" → "violations").</summary>
    public string Label(string path)
    {
        var key = WithoutIndexes(path);
        return _labels.TryGetValue(key, out var label) ? label : key;
    }

    /// <summary>
    /// Fills a message's {placeholders}. A placeholder written with a capital ({Kind}) gets its value
    /// with a capital first letter, for values that open a sentence.
    /// </summary>
    public string Format(string messageId, IReadOnlyDictionary<string, string> values)
    {
        if (!_messages.TryGetValue(messageId, out var template))
        {
            throw new InvalidOperationException($"No message '{messageId}' in the validator's messages.");
        }

        var text = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }

            text.Append(template, position, open - position);
            var name = template[(open + 1)..close];
            var key = char.ToLowerInvariant(name[0]) + name[1..];
            var value = values.TryGetValue(key, out var found)
                ? found
                : throw new InvalidOperationException($"Message '{messageId}' needs a value for {{{key}}}.");
            text.Append(char.IsUpper(name[0]) ? Capitalize(value) : value);
            position = close + 1;
        }

        return text.ToString();
    }

    private static string Capitalize(string value) =>
        value.Length == 0 ? value : char.ToUpper(value[0], CultureInfo.InvariantCulture) + value[1..];

    internal static string WithoutIndexes(string path)
    {
        var text = new StringBuilder(path.Length);
        var depth = 0;
        foreach (var c in path)
        {
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static ValidationMessages Load(ActLanguage language)
    {
        var code = EnumNames.Of(language);
        return new ValidationMessages(
            ReadDictionary($"Supervision.Messages.messages.{code}.json"),
            ReadDictionary($"Supervision.Messages.labels.{code}.json"));
    }

    private static FrozenDictionary<string, string> ReadDictionary(string resource)
    {
        return EmbeddedResources.ReadJson<Dictionary<string, string>>(typeof(ValidationMessages).Assembly, resource)
            .ToFrozenDictionary(StringComparer.Ordinal);
    }
}
