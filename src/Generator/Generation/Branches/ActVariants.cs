using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Reading;
using Supervision.Validation;

namespace Supervision.Generation.Branches;

/// <summary>An act made from an example to take a branch: which test it is for and what was set.</summary>
/// <param name="Test">The test the act was made for.</param>
/// <param name="Settings">What was set, as "act.proceeding.number = \"666/66\"".</param>
/// <param name="Act">The act.</param>
internal sealed record ActVariant(BranchTest Test, string Settings, Act Act)
{
    /// <summary>"when templates-kk/order.sbn:12 (act.proceeding.number == "666/66") is tested with act.proceeding.number = "666/66"".</summary>
    public string Describe() => $"the act generated for {Test} with {Settings}";
}

/// <summary>
/// Builds acts from an example that take the branches a template tests: for each test and each of its
/// values, the example with the field set (and the fields of the enclosing tests set so they hold). Only acts
/// the validator accepts are kept: an act no one can send is no act a template must render.
/// </summary>
internal static class ActVariants
{
    /// <summary>Candidate acts read and validated per act kept, at most: a template of ten thousand conditions
    /// whose acts the validator refuses must not hold the linter for minutes.</summary>
    private const int CandidatesPerAct = 10;

    /// <summary>The distinct valid acts for the tests, at most <paramref name="limit"/>; <c>Complete</c> is false when
    /// the tests ask for more (acts, or candidates to try), so that the linter refuses rather than let branches go unseen.</summary>
    public static (IReadOnlyList<ActVariant> Acts, bool Complete) For(string exampleJson, IEnumerable<BranchTest> tests, ActValidator validator, int limit)
    {
        var candidates = 0;
        var example = JsonNode.Parse(exampleJson)!.AsObject();
        var actType = ActTypes.Of(ActReader.Read(exampleJson).Act!.Kind);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var variants = new List<ActVariant>();
        foreach (var test in tests)
        {
            var holding = Holding(test.Enclosing, example);
            foreach (var value in FieldValues.For(test, actType, JsonFields.Get(example, test.Path)))
            {
                var settings = holding.Where(setting => setting.Path != test.Path).Append((test.Path, Value: value)).ToList();
                var json = example.DeepClone().AsObject();
                foreach (var (path, setValue) in settings)
                {
                    JsonFields.Set(json, path, setValue);
                }

                var text = json.ToJsonString();
                if (++candidates > limit * CandidatesPerAct)
                {
                    return (variants, false);
                }

                if (!seen.Add(text) || ActReader.Read(text).Act is not { } act || !validator.Validate(act).IsValid)
                {
                    continue;
                }

                if (variants.Count == limit)
                {
                    return (variants, false);
                }

                variants.Add(new ActVariant(test, string.Join(", ", settings.Select(s => $"act.{s.Path} = {s.Value?.ToJsonString() ?? "absent"}")), act));
            }
        }

        return (variants, true);
    }

    private static List<(string Path, JsonNode? Value)> Holding(IReadOnlyList<BranchTest> enclosing, JsonObject example)
    {
        var settings = new List<(string, JsonNode?)>();
        foreach (var test in enclosing)
        {
            if (FieldValues.TryHolding(test, JsonFields.Get(example, test.Path), out var value))
            {
                settings.Add((test.Path, value));
            }
        }

        return settings;
    }
}
