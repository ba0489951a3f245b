using System.Text.Json.Nodes;

namespace Supervision.Generation.Branches;

/// <summary>Reads and sets a field of an act's JSON by its template path ("proceeding.debtor.name"); a path
/// through a list reaches every element.</summary>
internal static class JsonFields
{
    /// <summary>The value at the path (through a list, in its first element), or null.</summary>
    public static JsonNode? Get(JsonObject act, string path)
    {
        JsonNode? node = act;
        foreach (var name in path.Split('.'))
        {
            node = node is JsonArray list ? (list.Count > 0 ? list[0] : null) : node;
            node = node is JsonObject json && json.TryGetPropertyValue(name, out var child) ? child : null;
        }

        return node;
    }

    /// <summary>Sets the value at the path, making the objects on the way; null removes the field (absent).</summary>
    public static void Set(JsonObject act, string path, JsonNode? value) => Set(act, path.Split('.'), 0, value);

    private static void Set(JsonObject json, string[] names, int index, JsonNode? value)
    {
        var name = names[index];
        if (index == names.Length - 1)
        {
            if (value is null)
            {
                json.Remove(name);
            }
            else
            {
                json[name] = value.DeepClone();
            }

            return;
        }

        var child = json[name];
        if (child is JsonArray list)
        {
            foreach (var element in list.OfType<JsonObject>())
            {
                Set(element, names, index + 1, value);
            }

            return;
        }

        if (child is not JsonObject inner)
        {
            inner = [];
            json[name] = inner;
        }

        Set(inner, names, index + 1, value);
    }
}
