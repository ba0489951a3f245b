using System.Collections.Frozen;
using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.FollowUps;

/// <summary>
/// The documents that follow from others (follow-ups.json, beside act-policy.json): for each kind of act, the
/// kinds the seed ties to it and the fields their drafts copy from it. Data a lawyer edits; the file is checked
/// when it loads — every kind known, every path a field of its kind, each copied field of the same type.
/// </summary>
public sealed class FollowUpRules
{
    private const string Resource = "Supervision.Policy.follow-ups.json";

    private readonly FrozenDictionary<ActKind, FollowUpRule[]> _bySource;

    private FollowUpRules(FrozenDictionary<ActKind, FollowUpRule[]> bySource) => _bySource = bySource;

    /// <summary>The product's rules, from the embedded follow-ups.json.</summary>
    public static FollowUpRules Default { get; } = Load();

    /// <summary>The kinds that may follow an act of a kind, whatever its office.</summary>
    public IReadOnlyList<FollowUpRule> For(ActKind source) => _bySource.TryGetValue(source, out var rules) ? rules : [];

    /// <summary>The follow-ups an issued act offers: those of its kind that the policy lets its office's level
    /// sign (a notice to the regional prosecutor only at district level).</summary>
    public IReadOnlyList<FollowUpRule> Offered(Act source, ActPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(policy);
        return source.Office?.Level is { } level
            ? [.. For(source.Kind).Where(rule => policy.Signatories(rule.Kind, level).Count > 0)]
            : [];
    }

    /// <summary>The rule by which a kind follows an act of the source's kind, or null where it does not.</summary>
    public FollowUpRule? Find(ActKind source, ActKind kind) => For(source).FirstOrDefault(rule => rule.Kind == kind);

    /// <summary>Reads and checks a follow-ups file.</summary>
    /// <exception cref="InvalidOperationException">The file names an unknown kind or field, or copies between fields of different types.</exception>
    internal static FollowUpRules Parse(string json, string where)
    {
        var file = System.Text.Json.JsonSerializer.Deserialize<FollowUpsFile>(json, Reading.ActJson.Options)
            ?? throw new InvalidOperationException($"{where}: empty");
        var bySource = new Dictionary<ActKind, FollowUpRule[]>();
        foreach (var (sourceName, entries) in file.FollowUps)
        {
            var source = Kind(sourceName, $"{where}: followUps");
            bySource[source] = [.. entries.Select((entry, index) => ToRule(source, entry, $"{where}: followUps.{sourceName}[{index}]"))];
        }

        return new FollowUpRules(bySource.ToFrozenDictionary());
    }

    private static FollowUpRules Load() =>
        Parse(EmbeddedResources.ReadText(typeof(FollowUpRules).Assembly, Resource), "follow-ups.json");

    private static FollowUpRule ToRule(ActKind source, FollowUpEntry entry, string where)
    {
        var kind = Kind(entry.Kind, where);
        if (string.IsNullOrWhiteSpace(entry.Source))
        {
            throw new InvalidOperationException($"{where}: no source saying where the tie comes from");
        }

        var copies = entry.Copy.Select(pair => new FieldCopy(pair.Key, pair.Value)).ToList();
        foreach (var copy in copies)
        {
            var to = ModelPaths.TypeOf(ActTypes.Of(kind), copy.To) ?? throw new InvalidOperationException($"{where}.copy: '{copy.To}' is not a field of {EnumNames.Of(kind)}");
            var from = ModelPaths.TypeOf(ActTypes.Of(source), copy.From) ?? throw new InvalidOperationException($"{where}.copy: '{copy.From}' is not a field of {EnumNames.Of(source)}");
            if (to != from)
            {
                throw new InvalidOperationException($"{where}.copy: '{copy.To}' ({to.Name}) cannot take '{copy.From}' ({from.Name})");
            }
        }

        return new FollowUpRule(source, kind, entry.Source, copies);
    }

    private static ActKind Kind(string name, string where) =>
        EnumNames.TryParse<ActKind>(name, out var kind) ? kind : throw new InvalidOperationException($"{where}: unknown kind of act '{name}'");

    private sealed record FollowUpsFile(string About, Dictionary<string, FollowUpEntry[]> FollowUps);

    private sealed record FollowUpEntry(string Kind, string Source, Dictionary<string, string> Copy);
}
