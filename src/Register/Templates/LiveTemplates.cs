using Supervision.Acts;
using Supervision.Templating;

namespace Supervision.Register;

/// <summary>The live template set: the newest version of every file, as issuing, renders and previews use it.</summary>
/// <param name="Set">The parsed set.</param>
/// <param name="Versions">Each file of the set at its live version, ordered by path.</param>
public sealed record LiveTemplates(TemplateSet Set, IReadOnlyList<TemplateUse> Versions)
{
    /// <summary>The live version of one file, or null where the set has no such file.</summary>
    public int? VersionOf(string path) => Versions.FirstOrDefault(use => use.Path == path)?.Version;

    /// <summary>The files an act renders through, at their live versions, ordered by path: its own template
    /// and its language's partials, as an issued act names them.</summary>
    /// <exception cref="TemplateException">No template of the set words the act.</exception>
    public IReadOnlyList<TemplateUse> UsedBy(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        var template = Set.For(act).File.Path;
        var folder = TemplateSources.Folder(act.Language) + "/";
        var used = Set.Files
            .Where(file => file.Path == template || (file.IsPartial && file.Path.StartsWith(folder, StringComparison.Ordinal)))
            .Select(file => file.Path)
            .ToHashSet(StringComparer.Ordinal);
        return [.. Versions.Where(use => used.Contains(use.Path))];
    }
}
