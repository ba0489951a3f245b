using Supervision.Acts;

namespace Supervision.Examples;

/// <summary>
/// The example acts shipped in <c>examples/</c> (embedded at build): one per kind and language, and one
/// per conclusion instance. They are realistic, valid acts: starting points for the web form and
/// the API's example endpoint.
/// </summary>
public static class ActExamples
{
    /// <summary>The file name stem of an example: "instruction", "conclusion-appeal".</summary>
    public static string Name(ActKind kind, ConclusionInstance? instance = null) =>
        kind == ActKind.Conclusion && instance is { } given && given != ConclusionInstance.First
            ? $"{EnumNames.Of(kind)}-{EnumNames.Of(given)}"
            : EnumNames.Of(kind);

    /// <summary>Every example's name stem, in the order of the kinds.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. Enum.GetValues<ActKind>().SelectMany(kind => kind == ActKind.Conclusion
            ? Enum.GetValues<ConclusionInstance>().Select(instance => Name(kind, instance))
            : [Name(kind)]),
    ];

    /// <summary>The JSON text of an example.</summary>
    /// <exception cref="KeyNotFoundException">No example is shipped under that name and language.</exception>
    public static string Json(string name, ActLanguage language)
    {
        var resource = $"Supervision.Examples.{name}.{EnumNames.Of(language)}.json";
        var assembly = typeof(ActExamples).Assembly;
        return EmbeddedResources.Exists(assembly, resource)
            ? EmbeddedResources.ReadText(assembly, resource)
            : throw new KeyNotFoundException($"No example '{name}' in '{EnumNames.Of(language)}'.");
    }

    /// <summary>The JSON text of the example of a kind (and conclusion instance).</summary>
    public static string Json(ActKind kind, ActLanguage language, ConclusionInstance? instance = null) =>
        Json(Name(kind, instance), language);
}
