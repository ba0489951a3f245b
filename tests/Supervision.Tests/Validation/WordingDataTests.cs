using System.Text.RegularExpressions;
using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Tests.Validation;

/// <summary>The validator's wording is data: every field has a label and every message a twin, in both languages.</summary>
public sealed partial class WordingDataTests
{
    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void EveryFieldOfEveryKindHasALabel(ActLanguage language)
    {
        var labelled = ValidationMessages.For(language).LabelledFields.ToHashSet();

        var missing = Enum.GetValues<ActKind>()
            .SelectMany(kind => FieldPaths(ActTypes.Of(kind), ""))
            .Where(path => !labelled.Contains(path))
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void KazakhAndRussianHaveTheSameMessagesWithTheSamePlaceholders()
    {
        var kazakh = ValidationMessages.For(ActLanguage.Kk);
        var russian = ValidationMessages.For(ActLanguage.Ru);

        Assert.Equal(kazakh.MessageIds.Order(StringComparer.Ordinal), russian.MessageIds.Order(StringComparer.Ordinal));
        Assert.Equal(kazakh.LabelledFields.Order(StringComparer.Ordinal), russian.LabelledFields.Order(StringComparer.Ordinal));
        foreach (var id in kazakh.MessageIds)
        {
            Assert.Equal(Placeholders(kazakh, id), Placeholders(russian, id));
        }
    }

    [Fact]
    public void EveryCodeHasAMessage()
    {
        var ids = ValidationMessages.For(ActLanguage.Kk).MessageIds.ToList();
        var codes = typeof(ValidationCodes).GetFields().Select(field => (string)field.GetValue(null)!);

        Assert.All(codes, code => Assert.Contains(ids, id => id == code || id.StartsWith(code + ".", StringComparison.Ordinal)));
    }

    private static string[] Placeholders(ValidationMessages messages, string id)
    {
        // Fill every placeholder with its own name to read back which ones the text uses.
        var values = new AnyValue();
        return [.. PlaceholderPattern().Matches(messages.Format(id, values)).Select(m => m.Value).Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> FieldPaths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            var path = prefix + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            yield return path;
            var inner = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
            if (inner.IsClass && inner != typeof(string) && inner.Namespace == typeof(Act).Namespace)
            {
                foreach (var nested in FieldPaths(inner, path + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    [GeneratedRegex("<[a-zA-Z]+>")]
    private static partial Regex PlaceholderPattern();

    /// <summary>Answers every placeholder with "&lt;name&gt;".</summary>
    private sealed class AnyValue : Dictionary<string, string>, IReadOnlyDictionary<string, string>
    {
        bool IReadOnlyDictionary<string, string>.TryGetValue(string key, out string value)
        {
            value = $"<{key}>";
            return true;
        }
    }
}
