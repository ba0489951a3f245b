using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Supervision.Acts;
using Supervision.Examples;
using Supervision.Reading;
using Supervision.Validation;
using Supervision.Vocabulary;

namespace Supervision.Api.Pages.Forms;

/// <summary>
/// Builds the <see cref="ActForm"/> of a kind in an interface language from what the product already
/// knows: the model's properties as the act reader sees them (the same names as the schema), the
/// validator's field labels, the help texts beside them, the vocabulary's words for enum values, and
/// the policy's parts and addressees of each kind. Built once per kind and language.
/// </summary>
public static class ActForms
{
    private const string Instance = "instance";

    // The parts of the header and of the foot of every act, in the order the printed act has them;
    // every other top-level field is the act's own content, in the model's order.
    private static readonly string[] Requisites = ["number", "date", "place", "office", "addressee", "proceeding"];
    private static readonly string[] Signature = ["approver", "signatory", "executor", "attachments"];
    private static readonly string[] Chosen = ["kind", "language", Instance];

    // A conclusion's review sections apply in appeal and cassation only (ConclusionSectionsRule).
    private static readonly string[] ReviewSections = ["panel", "reviewedActs", "participatingProsecutors", "complainantArguments", "studyResults", "complaintFindings"];
    private static readonly FormCondition ReviewInstances = new(Instance, [EnumNames.Of(ConclusionInstance.Appeal), EnumNames.Of(ConclusionInstance.Cassation)]);

    // A one-line text, or a choice's words beside the select's arrow, longer than these do not fit half a row of the form.
    private const int HalfRow = 32;
    private const int HalfRowChoice = 24;

    private static readonly ConcurrentDictionary<(ActKind, ActLanguage), ActForm> Built = new();

    // The fields the shipped examples fill with long one-line texts: what such a field holds in practice.
    private static readonly Lazy<FrozenSet<string>> LongInExamples = new(() =>
    [
        .. ActExamples.Names
            .SelectMany(name => Enum.GetValues<ActLanguage>().Select(language => JsonNode.Parse(ActExamples.Json(name, language))))
            .SelectMany(example => Texts(example, string.Empty))
            .Where(text => text.Value.Length > HalfRow)
            .Select(text => text.Path),
    ]);

    /// <summary>The form of a kind, with its words in <paramref name="language"/>.</summary>
    public static ActForm For(ActKind kind, ActLanguage language) => Built.GetOrAdd((kind, language), key => Build(key.Item1, key.Item2));

    private static ActForm Build(ActKind kind, ActLanguage language)
    {
        var root = ActJson.Options.GetTypeInfo(ActTypes.Of(kind));
        var fields = new Dictionary<string, FormField>(StringComparer.Ordinal);
        var words = new FieldWords(kind, language);
        foreach (var property in root.Properties.Where(property => property.Name != "language"))
        {
            Describe(property, property.Name, words, fields);
        }

        var topLevel = root.Properties.Select(property => property.Name).ToList();
        var content = topLevel.Where(name => !Requisites.Contains(name) && !Signature.Contains(name) && !Chosen.Contains(name)).ToList();
        return new ActForm(
            EnumNames.Of(kind),
            EnumNames.Of(language),
            Capitalize(ActVocabulary.For(language).KindTitle(kind)),
            [.. topLevel.Where(name => name == Instance)],
            [
                new FormSection("requisites", [.. Requisites.Where(topLevel.Contains)]),
                new FormSection("content", content),
                new FormSection("signature", [.. Signature.Where(topLevel.Contains)]),
            ],
            fields);
    }

    private static void Describe(JsonPropertyInfo property, string path, FieldWords words, Dictionary<string, FormField> fields)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var isTopLevel = !path.Contains('.', StringComparison.Ordinal);
        var prose = property.AttributeProvider?.IsDefined(typeof(ProseAttribute), inherit: true) == true;
        var choices = type.IsEnum ? words.Choices(path, type) : null;
        fields[path] = new FormField
        {
            Label = words.Label(path),
            Help = words.Help(path),
            Prose = prose,
            Wide = prose || LongInExamples.Value.Contains(path) || choices?.Any(choice => choice.Text.Length > HalfRowChoice) == true,
            Amount = type == typeof(decimal),
            Choices = choices,
            Presence = words.Presence(path),
            When = isTopLevel && words.Kind == ActKind.Conclusion && ReviewSections.Contains(path) ? ReviewInstances : null,
        };

        var part = ActJson.Options.GetTypeInfo(property.PropertyType);
        if (part.Kind == JsonTypeInfoKind.Enumerable && part.ElementType is { } element)
        {
            part = ActJson.Options.GetTypeInfo(element);
        }

        if (part.Kind == JsonTypeInfoKind.Object && part.Type.Namespace == typeof(Act).Namespace)
        {
            foreach (var inner in part.Properties)
            {
                Describe(inner, $"{path}.{inner.Name}", words, fields);
            }
        }
    }

    /// <summary>Every text in a JSON act with its path without indexes ("violations", "signatory.title").</summary>
    private static IEnumerable<(string Path, string Value)> Texts(JsonNode? node, string path) => node switch
    {
        JsonObject part => part.SelectMany(pair => Texts(pair.Value, path.Length == 0 ? pair.Key : $"{path}.{pair.Key}")),
        JsonArray list => list.SelectMany(item => Texts(item, path)),
        JsonValue value when value.TryGetValue<string>(out var text) => [(path, text)],
        _ => [],
    };

    internal static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    /// <summary>The words of one kind's fields in one language.</summary>
    private sealed class FieldWords(ActKind kind, ActLanguage language)
    {
        private readonly ValidationMessages _labels = ValidationMessages.For(language);
        private readonly ActVocabulary _vocabulary = ActVocabulary.For(language);
        private readonly IReadOnlyDictionary<string, string> _help = FieldHelp.For(language);
        private readonly ActPolicy _policy = ActPolicy.Default;

        public ActKind Kind => kind;

        public string Label(string path) => _labels.Label(path);

        public string? Help(string path) => _help.GetValueOrDefault(path);

        public string? Presence(string path) => path switch
        {
            "addressee" => _policy.Addressees(kind).Count == 0 ? "none" : "required",
            "proceeding" => _policy.RequiresProceeding(kind) ? "required" : "optional",
            "attachments" => _policy.RequiresAttachments(kind) ? "required" : "optional",
            _ => null,
        };

        public IReadOnlyList<FormChoice> Choices(string path, Type enumType)
        {
            IEnumerable<string> names = EnumNames.AllOf(enumType);
            if (path == "addressee.kind")
            {
                // Offer only the addressees this kind may go to.
                var allowed = _policy.Addressees(kind).Select(EnumNames.Of).ToHashSet(StringComparer.Ordinal);
                names = names.Where(allowed.Contains);
            }

            return [.. names.Select(name => new FormChoice(name, Capitalize(Word(enumType, name))))];
        }

        private string Word(Type enumType, string name)
        {
            var value = EnumNames.Parse(enumType, name);
            return value switch
            {
                OfficeLevel level => _vocabulary.Level(level),
                SignatoryPosition position => _vocabulary.Position(position),
                AddresseeKind addressee => _vocabulary.AddresseeKind(addressee),
                ClassRank rank => _vocabulary.ClassRank(rank),
                PartyKind party => _vocabulary.PartyKind(party),
                ProtestGround ground => _vocabulary.ProtestGround(ground),
                ContestedResolutionType resolution => _vocabulary.ResolutionType(resolution),
                ConclusionInstance instance => _vocabulary.Instance(instance),
                ActKind actKind => _vocabulary.KindTitle(actKind),
                _ => name,
            };
        }
    }
}
