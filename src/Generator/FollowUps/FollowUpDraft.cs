using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Reading;

namespace Supervision.FollowUps;

/// <summary>
/// The draft of a follow-up, pre-filled from its source act as its rule says: the follow-up's kind, and each
/// copied field that the source has. Nothing else is guessed; the drafter completes the rest, and the
/// validator speaks when the draft is signed.
/// </summary>
public static class FollowUpDraft
{
    /// <summary>Makes the follow-up's act from the source act.</summary>
    /// <exception cref="ArgumentException">The rule is not for the source's kind.</exception>
    public static Act From(Act source, FollowUpRule rule)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Source != source.Kind)
        {
            throw new ArgumentException($"the rule is for acts of the kind {EnumNames.Of(rule.Source)}, not {EnumNames.Of(source.Kind)}", nameof(rule));
        }

        var from = JsonNode.Parse(ActJson.Serialize(source))!.AsObject();
        var to = new JsonObject { ["kind"] = EnumNames.Of(rule.Kind) };
        foreach (var copy in rule.Copies)
        {
            if (Find(from, copy.From) is { } value)
            {
                Place(to, copy.To, value.DeepClone());
            }
        }

        var read = ActReader.Read(to.ToJsonString());
        return read.Succeeded
            ? read.Act
            : throw new InvalidOperationException($"follow-ups.json: the {EnumNames.Of(rule.Kind)} made from a {EnumNames.Of(source.Kind)} does not read: {read.Error}");
    }

    private static JsonNode? Find(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var step in path.Split('.'))
        {
            node = node is JsonObject parent && parent.TryGetPropertyValue(step, out var child) ? child : null;
        }

        return node;
    }

    private static void Place(JsonObject root, string path, JsonNode value)
    {
        var steps = path.Split('.');
        var parent = root;
        foreach (var step in steps[..^1])
        {
            if (parent[step] is not JsonObject next)
            {
                next = [];
                parent[step] = next;
            }

            parent = next;
        }

        parent[steps[^1]] = value;
    }
}
