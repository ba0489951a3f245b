using Supervision.Acts;

namespace Supervision.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    [Fact]
    public void MarkupAndTextGoToTheTerminalWhenNoFileIsGiven()
    {
        var markup = CliRun.Of("render", Example("instruction.kk.json"), "--format", "markup");
        var text = CliRun.Of("render", Example("instruction.kk.json"), "--format", "text");

        Assert.Equal(0, markup.ExitCode);
        Assert.Contains("# ЖАЗБАША НҰСҚАУ", markup.Output, StringComparison.Ordinal);
        Assert.Contains("::: signature", markup.Output, StringComparison.Ordinal);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("ЖАЗБАША НҰСҚАУ\n", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(":::", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnHtmlFileIsWrittenWholeAndItsPathPrinted()
    {
        var path = Path.Combine(_folder, "act.html");

        var run = CliRun.Of("render", Example("instruction.kk.json"), "--format", "html", "--out", path);

        Assert.Equal((0, path + "\n"), (run.ExitCode, run.Output));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void AnInvalidActIsNotRenderedAndNoFileIsLeft()
    {
        var act = ExampleActs.Load<Order>(ActLanguage.Kk) with { Deadline = null };
        var file = Path.Combine(_folder, "order.json");
        File.WriteAllText(file, Supervision.Reading.ActJson.Serialize(act));
        var path = Path.Combine(_folder, "order.html");

        var run = CliRun.Of("render", file, "--format", "html", "--out", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("deadline: required: ", run.OutputLines[0], StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void TheCourtCopyIsForConclusionsOnly()
    {
        var run = CliRun.Of("render", Example("order.kk.json"), "--format", "text", "--variant", "court-copy");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: the court-copy variant is for conclusions only"], run.ErrorLines);
    }

    [Theory]
    [InlineData("render", "x.json")]
    [InlineData("render", "x.json", "--format", "odt")]
    [InlineData("render", "x.json", "--format", "docx")]
    [InlineData("render", "x.json", "--format", "html", "--variant", "short")]
    public void WrongUsageExitsTwoWithAMessage(params string[] args)
    {
        var run = CliRun.Of([.. args.Select(a => a == "x.json" ? Example("order.kk.json") : a)]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[0], StringComparison.Ordinal);
    }
}
