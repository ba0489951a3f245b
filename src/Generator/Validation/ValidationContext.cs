using System.Globalization;
using Supervision.Acts;
using Supervision.Vocabulary;

namespace Supervision.Validation;

/// <summary>What a rule needs while it checks one act: the act, its language's words, and where errors go.</summary>
internal sealed class ValidationContext(Act act, ActPolicy policy)
{
    private readonly List<ValidationError> _errors = [];

    public Act Act { get; } = act;

    public ActPolicy Policy { get; } = policy;

    public ValidationMessages Messages { get; } = ValidationMessages.For(act.Language);

    public ActVocabulary Words { get; } = ActVocabulary.For(act.Language);

    public IReadOnlyList<ValidationError> Errors => _errors;

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
    public void Report(string path, string code, string? messageId = null, params (string Name, object Value)[] values)
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

        _errors.Add(new ValidationError(path, code, Messages.Format(messageId ?? code, arguments)));
    }

    private static string Show(object value) => value switch
    {
        DateOnly date => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
