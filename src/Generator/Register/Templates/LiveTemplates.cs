using Supervision.Templating;

namespace Supervision.Register;

/// <summary>The live template set: the newest version of every file, as plain renders and previews use it.</summary>
/// <param name="Set">The parsed set.</param>
/// <param name="Versions">Each file of the set at its live version, ordered by path.</param>
public sealed record LiveTemplates(TemplateSet Set, IReadOnlyList<TemplateUse> Versions)
{
    /// <summary>The live version of one file, or null where the set has no such file.</summary>
    public int? VersionOf(string path) => Versions.FirstOrDefault(use => use.Path == path)?.Version;
}
