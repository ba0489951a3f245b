using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>
/// The text of every example act, pinned in tests/Supervision.Tests/Golden/{example}.{language}.txt.
/// Each golden file was read as Kazakh or Russian prose before it was accepted. After a wording change,
/// run the tests with SUPERVISION_WRITE_GOLDEN=1 to rewrite the files, read the diff as prose, and commit.
/// </summary>
public sealed class GoldenTextTests
{
    public static TheoryData<string, ActLanguage, string> Cases() => CasesIn(null);

    /// <summary>The cases of the examples in one language (null: both), for a check that applies to that language's
    /// prose only: generated for it alone rather than skipped in the other.</summary>
    public static TheoryData<string, ActLanguage, string> CasesIn(ActLanguage? only)
    {
        var data = new TheoryData<string, ActLanguage, string>();
        foreach (var (name, language) in ExampleActs.All().Select(row => ((string)row.Data.Item1, (ActLanguage)row.Data.Item2)).Where(row => only is null || row.Item2 == only))
        {
            data.Add(name, language, TemplateRenderer.FullVariant);
            if (name.StartsWith("conclusion", StringComparison.Ordinal))
            {
                data.Add(name, language, TemplateRenderer.CourtCopyVariant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheActReadsAsItsGoldenText(string example, ActLanguage language, string variant)
    {
        var act = ExampleActs.Load(example, language);
        var text = PlainText.Of(ActComposer.Default.Compose(act, variant));
        var suffix = variant == TemplateRenderer.FullVariant ? string.Empty : $".{variant}";
        var file = Path.Combine(GoldenFolder(), $"{example}{suffix}.{EnumNames.Of(language)}.txt");

        if (Environment.GetEnvironmentVariable("SUPERVISION_WRITE_GOLDEN") == "1")
        {
            File.WriteAllText(file, text);
        }

        Assert.True(File.Exists(file), $"no golden text {file}: write it with SUPERVISION_WRITE_GOLDEN=1 and read it before committing");
        Assert.Equal(File.ReadAllText(file), text);
    }

    /// <summary>The source folder, so that rewritten golden files land in the repository, not in bin/.</summary>
    private static string GoldenFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "Golden");
}
