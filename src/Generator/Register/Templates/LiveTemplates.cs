using Supervision.Acts;
using Supervision.Templating;

namespace Supervision.Register;

/// <summary>The live template set: the newest version of every file, as plain renders and previews use it.</summary>
/// <param name="Set">The parsed set.</param>
/// <param name="Versions">Each file of the set at its live version, ordered by path.</param>
public sealed record LiveTemplates(TemplateSet Set, IReadOnlyList<TemplateUse> Versions)
{
    /// <summary>The live version of one file, or null where the set has no such file.</summary>
    public int? VersionOf(string path) => Versions.FirstOrDefault(use => use.Path == path)?.Version;

    /// <summary>The files an act renders through, at their live versions, ordered by path: what an issued act would name.</summary>
    /// <exception cref="TemplateException">No template of the set words the act.</exception>
    public IReadOnlyList<TemplateUse> UsedBy(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return [.. TemplateVersions.UsedPaths(Set, act)
            .Select(path => new TemplateUse(path, VersionOf(path) ?? throw new InvalidOperationException($"{path} has no live version")))
            .OrderBy(use => use.Path, StringComparer.Ordinal)];
    }
}
