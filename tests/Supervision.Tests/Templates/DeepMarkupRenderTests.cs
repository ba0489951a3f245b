using Supervision.Acts;
using Supervision.Generation;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>Defence in depth: a live set that holds a template writing markup nested too deep (stored behind the
/// linter's back) refuses the matching acts naming the template line, instead of failing with a server error.</summary>
public sealed class DeepMarkupRenderTests
{
    [Fact]
    public void AnActTakingTheBranchIsRefusedNamingTheTemplateLineWhileOtherActsRender()
    {
        var (files, _, bodyLine) = BranchTemplates.WithBranch(BranchTemplates.NestedThousandDeep, "templates-kk/order.sbn");
        var generator = ActGenerator.Over(TemplateSet.Load(files));
        var example = ExampleActs.Load<Order>(ActLanguage.Kk);
        var matching = example with { Proceeding = example.Proceeding! with { Number = BranchTemplates.Number } };

        var refused = Assert.IsType<RenderResult.Refused>(generator.Render(matching, OutputFormat.Pdf));
        var rendered = generator.Render(example, OutputFormat.Pdf);

        Assert.Contains($"templates-kk/order.sbn:{bodyLine}:1:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nested 1000 deep", refused.Message, StringComparison.Ordinal);
        Assert.IsType<RenderResult.Document>(rendered);
    }
}
