using Supervision.Cli;
using Supervision.Tests.Templates;

namespace Supervision.Tests.Cli;

/// <summary>lint-templates over a folder: the branch kept for one proceeding number is found from the command line too.</summary>
public sealed class LintTemplatesCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lint-templates-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ATemplateNestingAThousandBlocksForOneProceedingNumberFailsNamingItsLine()
    {
        var (files, _, bodyLine) = BranchTemplates.WithBranch(BranchTemplates.NestedThousandDeep, "templates-ru/order.sbn");
        foreach (var file in files)
        {
            var path = Path.Combine(_root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        var run = CliRun.Of("lint-templates", "--dir", _root);

        Assert.Equal(CommandLine.Invalid, run.ExitCode);
        var line = Assert.Single(run.OutputLines);
        Assert.StartsWith($"templates-ru/order.sbn:{bodyLine}:1: ", line, StringComparison.Ordinal);
        Assert.Contains(BranchTemplates.Number, line, StringComparison.Ordinal);
    }
}
