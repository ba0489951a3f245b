using System.Reflection;
using System.Text.Json;

namespace Supervision;

/// <summary>Reads the data files built into the product's assemblies (policy, calendar, vocabulary, messages, examples, templates).</summary>
internal static class EmbeddedResources
{
    /// <summary>The text of a resource.</summary>
    /// <exception cref="InvalidOperationException">The resource is not in the assembly: a build that lost a data file.</exception>
    public static string ReadText(Assembly assembly, string name)
    {
        using var stream = Open(assembly, name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A JSON resource read into its shape.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or empty.</exception>
    public static T ReadJson<T>(Assembly assembly, string name, JsonSerializerOptions? options = null)
    {
        using var stream = Open(assembly, name);
        return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidOperationException($"The embedded resource {name} is empty.");
    }

    /// <summary>Whether the assembly has the resource.</summary>
    public static bool Exists(Assembly assembly, string name) => assembly.GetManifestResourceInfo(name) is not null;

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
}
