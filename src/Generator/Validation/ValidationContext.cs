using System.Globalization;
using Supervision.Acts;
using Supervision.Vocabulary;

namespace Supervision.Validation;

/// <summary>What a rule needs while it checks one act: the act, its language's words, today's date, what the
/// act's font draws, and where errors and warnings go.</summary>
internal sealed class ValidationContext(Act act, ActPolicy policy, DateOnly today, Func<int, bool> drawable)
{
    private readonly List<ValidationError> _errors = [];
    private readonly List<ValidationError> _warnings = [];
    private List<ModelField>? _fields;

    public Act Act { get; } = act;

    public ActPolicy Policy { get; } = policy;

    public ValidationMessages Messages { get; } = ValidationMessages.For(act.Language);

    public ActVocabulary Words { get; } = ActVocabulary.For(act.Language);

    /// <summary>Today in Kazakhstan, from the validator's clock.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>Whether the font the act's PDF is set in draws a character (a code point) in every face.</summary>
    public Func<int, bool> Drawable { get; } = drawable;

    /// <summary>Every value of the act with its path (<see cref="ModelWalker"/>), walked once for all the rules that look at each.</summary>
    public IReadOnlyList<ModelField> Fields => _fields ??= [.. ModelWalker.Walk(Act)];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public IReadOnlyList<ValidationError> Warnings => _warnings;

    /// <summary>The act's title in its language, with the instance for conclusions.</summary>
    public string KindTitle
    {
        get
        {
            var title = Words.KindTitle(Act.Kind);
            return Act is Conclusion { Instance: { } instance } ? $"{title} ({Words.Instance(instance)})" : title;
        }
    }

    /// <summary>Reports an error whose message names the field itself.</summary>
    public void Report(string path, string code, string? messageId = null, params (string Name, object Value)[] values) =>
        _errors.Add(Describe(path, code, messageId, values));

    /// <summary>Reports a warning: something to look at that does not stop the act.</summary>
    public void Warn(string path, string code, string? messageId = null, params (string Name, object Value)[] values) =>
        _warnings.Add(Describe(path, code, messageId, values));

    private ValidationError Describe(string path, string code, string? messageId, (string Name, object Value)[] values)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["field"] = Messages.Label(path),
            ["kind"] = KindTitle,
        };
        foreach (var (name, value) in values)
        {
            arguments[name] = Show(value);
        }

        return new ValidationError(path, code, Messages.Format(messageId ?? code, arguments));
    }

    private static string Show(object value) => value switch
    {
        DateOnly date => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
