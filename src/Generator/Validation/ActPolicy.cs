using System.Collections.Frozen;
using Supervision.Acts;
using Supervision.Reading;

namespace Supervision.Validation;

/// <summary>
/// Who may sign and approve each act at each office level, to whom it may go, which parts it
/// must have and how far its dates may lie from today: the data of act-policy.json, read once and checked for unknown names on load.
/// </summary>
public sealed class ActPolicy
{
    private readonly FrozenDictionary<ActKind, KindPolicy> _kinds;

    private ActPolicy(FrozenDictionary<ActKind, KindPolicy> kinds, DateBounds dates)
    {
        _kinds = kinds;
        Dates = dates;
    }

    /// <summary>The policy the product ships with.</summary>
    public static ActPolicy Default { get; } = Load();

    /// <summary>How far the act's dates may lie from today.</summary>
    public DateBounds Dates { get; }

    /// <summary>The addressee kinds the act may go to; empty where the act goes to nobody.</summary>
    public IReadOnlyList<AddresseeKind> Addressees(ActKind kind) => _kinds[kind].Addressees;

    /// <summary>Whether the act must name the enforcement proceeding it supervises.</summary>
    public bool RequiresProceeding(ActKind kind) => _kinds[kind].RequiresProceeding;

    /// <summary>Whether the act must list attachments.</summary>
    public bool RequiresAttachments(ActKind kind) => _kinds[kind].RequiresAttachments;

    /// <summary>The positions that may sign the act at an office level (for conclusions, in an instance).</summary>
    public IReadOnlyList<SignatoryPosition> Signatories(ActKind kind, OfficeLevel level, ConclusionInstance? instance = null) =>
        Pick(kind, instance, rules => rules.Signatories, level);

    /// <summary>The positions that may approve the act at an office level; empty where nobody may.</summary>
    public IReadOnlyList<SignatoryPosition> Approvers(ActKind kind, OfficeLevel level, ConclusionInstance? instance = null) =>
        Pick(kind, instance, rules => rules.Approvers, level);

    /// <summary>
    /// Whether the policy lets the position sign at least one kind of act (in any instance of a
    /// conclusion) at an office level: the authority the "signatory" role of a person needs.
    /// </summary>
    public bool MaySignAny(SignatoryPosition position, OfficeLevel level) =>
        AllRules().Any(rules => rules.Signatories.TryGetValue(level, out var positions) && positions.Contains(position));

    /// <summary>
    /// Whether the policy lets the position approve at least one kind of act (in any instance of a
    /// conclusion) at an office level: the authority the "approver" role of a person needs.
    /// </summary>
    public bool MayApproveAny(SignatoryPosition position, OfficeLevel level) =>
        AllRules().Any(rules => rules.Approvers.TryGetValue(level, out var positions) && positions.Contains(position));

    private IEnumerable<AuthorityRules> AllRules() =>
        _kinds.Values.SelectMany(policy => policy.Instances.Values.Prepend(policy.Authority));

    private SignatoryPosition[] Pick(
        ActKind kind,
        ConclusionInstance? instance,
        Func<AuthorityRules, FrozenDictionary<OfficeLevel, SignatoryPosition[]>> table,
        OfficeLevel level)
    {
        var policy = _kinds[kind];
        var rules = instance is { } given && policy.Instances.TryGetValue(given, out var special) ? special : policy.Authority;
        return table(rules).TryGetValue(level, out var positions) ? positions : [];
    }

    private static ActPolicy Load()
    {
        const string resource = "Supervision.Policy.act-policy.json";
        var data = EmbeddedResources.ReadJson<ActPolicyFile>(typeof(ActPolicy).Assembly, resource, ActJson.Options);

        var kinds = new Dictionary<ActKind, KindPolicy>();
        foreach (var (name, entry) in data.Acts)
        {
            var kind = Parse<ActKind>(name, "acts");
            kinds[kind] = new KindPolicy(
                [.. entry.Addressees.Select(a => Parse<AddresseeKind>(a, $"{name}.addressees"))],
                IsRequired(entry.Proceeding, $"{name}.proceeding"),
                IsRequired(entry.Attachments, $"{name}.attachments"),
                ToRules(entry.Signatories, entry.Approvers, name),
                (entry.Instances ?? []).ToFrozenDictionary(
                    pair => Parse<ConclusionInstance>(pair.Key, $"{name}.instances"),
                    pair => ToRules(pair.Value.Signatories, pair.Value.Approvers, $"{name}.instances.{pair.Key}")));
        }

        var missing = Enum.GetValues<ActKind>().Where(kind => !kinds.ContainsKey(kind)).ToList();
        return missing.Count == 0
            ? new ActPolicy(kinds.ToFrozenDictionary(), ToBounds(data.Dates))
            : throw new InvalidOperationException($"{resource} has no rules for: {string.Join(", ", missing.Select(EnumNames.Of))}.");
    }

    private static DateBounds ToBounds(DatesEntry dates) =>
        dates.ActDaysAhead < 0 || dates.OtherDaysAhead < dates.ActDaysAhead || dates.OtherEarliest > dates.ActEarliest
            ? throw new InvalidOperationException(
                "act-policy.json dates: the days ahead must not be negative, otherDaysAhead not less than actDaysAhead, otherEarliest not after actEarliest.")
            : new DateBounds(dates.ActEarliest, dates.ActDaysAhead, dates.OtherEarliest, dates.OtherDaysAhead);

    private static AuthorityRules ToRules(
        Dictionary<string, string[]> signatories, Dictionary<string, string[]>? approvers, string where) =>
        new(ToTable(signatories, $"{where}.signatories"), ToTable(approvers ?? [], $"{where}.approvers"));

    private static FrozenDictionary<OfficeLevel, SignatoryPosition[]> ToTable(Dictionary<string, string[]> table, string where) =>
        table.ToFrozenDictionary(
            pair => Parse<OfficeLevel>(pair.Key, where),
            pair => pair.Value.Select(position => Parse<SignatoryPosition>(position, $"{where}.{pair.Key}")).ToArray());

    private static bool IsRequired(string value, string where) => value switch
    {
        "required" => true,
        "optional" => false,
        _ => throw new InvalidOperationException($"act-policy.json {where}: '{value}' is neither 'required' nor 'optional'."),
    };

    private static T Parse<T>(string name, string where) where T : struct, Enum =>
        EnumNames.TryParse<T>(name, out var value)
            ? value
            : throw new InvalidOperationException($"act-policy.json {where}: unknown name '{name}'.");

    private sealed record KindPolicy(
        AddresseeKind[] Addressees,
        bool RequiresProceeding,
        bool RequiresAttachments,
        AuthorityRules Authority,
        FrozenDictionary<ConclusionInstance, AuthorityRules> Instances);

    private sealed record AuthorityRules(
        FrozenDictionary<OfficeLevel, SignatoryPosition[]> Signatories,
        FrozenDictionary<OfficeLevel, SignatoryPosition[]> Approvers);

    private sealed record ActPolicyFile(string About, DatesEntry Dates, Dictionary<string, KindEntry> Acts);

    private sealed record DatesEntry(string Source, DateOnly ActEarliest, int ActDaysAhead, DateOnly OtherEarliest, int OtherDaysAhead);

    private sealed record KindEntry(
        string Source,
        string[] Addressees,
        string Proceeding,
        string Attachments,
        Dictionary<string, string[]> Signatories,
        Dictionary<string, string[]>? Approvers,
        Dictionary<string, InstanceEntry>? Instances);

    private sealed record InstanceEntry(
        string Source,
        Dictionary<string, string[]> Signatories,
        Dictionary<string, string[]>? Approvers);
}
