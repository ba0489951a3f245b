using Supervision.Acts;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>Blocks nested deeper than Scriban's statement depth are a problem naming the line where the limit is
/// reached; nesting within it renders (no deep recursion takes the process down).</summary>
public sealed class TemplateNestingTests
{
    private static string Nested(int depth) =>
        "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n"
        + string.Concat(Enumerable.Repeat("{{ if act.number }}\n", depth)) + "мәтін\n" + string.Concat(Enumerable.Repeat("{{ end }}\n", depth));

    [Fact]
    public void AThousandNestedBlocksAreRefusedNamingTheLineWhereTheLimitIsReached()
    {
        var (set, problems) = TemplateSet.TryLoad([new TemplateFile("templates-kk/instruction.sbn", Nested(1000))]);

        Assert.Null(set);
        var problem = problems[0];
        Assert.Equal("templates-kk/instruction.sbn", problem.File);
        Assert.InRange(problem.Line, 5, 1004);
        Assert.Contains("depth limit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoHundredNestedBlocksRender()
    {
        var set = TemplateSet.Load([new TemplateFile("templates-kk/instruction.sbn", Nested(200))]);

        var markup = new TemplateRenderer(set).RenderMarkup(ExampleActs.Load<Instruction>(ActLanguage.Kk));

        Assert.Contains("мәтін", markup, StringComparison.Ordinal);
    }
}
