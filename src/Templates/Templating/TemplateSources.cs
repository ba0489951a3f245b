using Supervision.Acts;

namespace Supervision.Templating;

/// <summary>Where template files come from: the folders on disk, or the copies built into the product.</summary>
public static class TemplateSources
{
    /// <summary>The folder of a language's templates: "templates-kk".</summary>
    public static string Folder(ActLanguage language) => $"templates-{EnumNames.Of(language)}";

    /// <summary>The template files built into the product (the repository's templates-kk and templates-ru at build time).</summary>
    public static IReadOnlyList<TemplateFile> Embedded()
    {
        const string prefix = "Supervision.Templates.";
        var assembly = typeof(TemplateSources).Assembly;
        var files = new List<TemplateFile>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // "Supervision.Templates.templates-kk.instruction.sbn" → "templates-kk/instruction.sbn"
            var rest = resource[prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            files.Add(new TemplateFile($"{rest[..dot]}/{rest[(dot + 1)..]}", EmbeddedResources.ReadText(assembly, resource)));
        }

        return files;
    }

    /// <summary>The template files under a root folder that holds templates-kk and templates-ru.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither folder exists under the root.</exception>
    public static IReadOnlyList<TemplateFile> FromDirectory(string root)
    {
        var files = new List<TemplateFile>();
        foreach (var language in Enum.GetValues<ActLanguage>())
        {
            var folder = Path.Combine(root, Folder(language));
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(folder, "*.sbn").Order(StringComparer.Ordinal))
            {
                files.Add(new TemplateFile($"{Folder(language)}/{Path.GetFileName(path)}", File.ReadAllText(path)));
            }
        }

        return files.Count > 0
            ? files
            : throw new DirectoryNotFoundException($"No templates under {Path.GetFullPath(root)}: expected {Folder(ActLanguage.Kk)}/ and {Folder(ActLanguage.Ru)}/ with .sbn files.");
    }
}
