using Supervision.Acts;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>A template error names the file, the line and the column, and never takes the renderer down.</summary>
public sealed class TemplateErrorTests
{
    private static TemplateSet Set(string body, params TemplateFile[] partials) =>
        TemplateSet.Load([new TemplateFile("templates-kk/instruction.sbn", "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n" + body), .. partials]);

    private static TemplateProblem RenderProblem(TemplateSet set, RenderLimits? limits = null) => Assert.Single(RenderFailure(set, limits).Problems);

    private static TemplateException RenderFailure(TemplateSet set, RenderLimits? limits = null)
    {
        var renderer = new TemplateRenderer(set, limits);
        return Assert.Throws<TemplateException>(() => renderer.RenderMarkup(ExampleActs.Load<Instruction>(ActLanguage.Kk)));
    }

    [Fact]
    public void ASyntaxErrorNamesFileLineAndColumn()
    {
        var exception = Assert.Throws<TemplateException>(() => Set("# ЖАЗБАША НҰСҚАУ\n\n{{ if act.deadline }}\nмерзім\n"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(("templates-kk/instruction.sbn", 7), (problem.File, problem.Line));
        Assert.StartsWith("templates-kk/instruction.sbn:7:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltFieldIsAnErrorWithItsPlaceNotAnEmptyString()
    {
        var problem = RenderProblem(Set("Мерзім: {{ date_until act.deadlin }}\n"));

        // Line 5 of the file (the front matter takes four); the column of the misspelt member.
        Assert.Equal(("templates-kk/instruction.sbn", 5, 27), (problem.File, problem.Line, problem.Column));
        Assert.Contains("deadlin", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownVariableIsAnError() =>
        Assert.Contains("prosecutor", RenderProblem(Set("{{ prosecutor.name }}\n")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("{{ amount -5 }}")]
    [InlineData("{{ class_rank \"general\" }}")]
    [InlineData("{{ date_of act.number }}")]
    [InlineData("{{ date_of null }}")]
    [InlineData("{{ initial_surname act.number }}")]
    public void AFunctionCalledWithTheWrongValueIsAnErrorWithItsPlace(string call)
    {
        var problem = RenderProblem(Set(call + "\n"));

        Assert.Equal(("templates-kk/instruction.sbn", 5), (problem.File, problem.Line));
    }

    [Fact]
    public void TheFrontMatterMustDeclareKindAndLanguage()
    {
        var exception = Assert.Throws<TemplateException>(() => TemplateSet.Load([new TemplateFile("templates-kk/order.sbn", "+++\nkind = \"ordre\"\n+++\nмәтін\n")]));

        Assert.Contains(exception.Problems, p => p.Message.Contains("kind", StringComparison.Ordinal));
        Assert.Contains(exception.Problems, p => p.Message.Contains("language", StringComparison.Ordinal));
    }

    [Fact]
    public void ATemplateInTheWrongLanguageFolderIsRefused()
    {
        var exception = Assert.Throws<TemplateException>(() =>
            TemplateSet.Load([new TemplateFile("templates-ru/order.sbn", "+++\nkind = \"order\"\nlanguage = \"kk\"\n+++\nмәтін\n")]));

        Assert.Equal("templates-ru/order.sbn", Assert.Single(exception.Problems).File);
    }

    [Fact]
    public void AnEndlessLoopIsStoppedByTheLoopLimit()
    {
        var problem = RenderProblem(Set("{{ while true }}x{{ end }}\n"));

        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void AHugeOutputIsStoppedByTheOutputLimit()
    {
        var limits = RenderLimits.Default with { MaxOutputCharacters = 10_000 };

        var problem = RenderProblem(Set("{{ for i in 1..900 }}{{ act.findings }}{{ end }}\n"), limits);

        Assert.Contains("10", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndlessRecursionIsStoppedByTheRecursionLimit()
    {
        var partial = new TemplateFile("templates-kk/_again.sbn", "{{ include \"again\" }}");

        var problem = RenderProblem(Set("{{ include \"again\" }}\n", partial));

        Assert.Equal("templates-kk/_again.sbn", problem.File);
    }

    [Fact]
    public void ASlowTemplateIsStoppedByTheTimeLimit()
    {
        var limits = RenderLimits.Default with { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(200) };

        var failure = RenderFailure(Set("{{ for i in 1..100000000 }}{{ end }}\n"), limits);

        Assert.Contains("longer than", Assert.Single(failure.Problems).Message, StringComparison.Ordinal);
        // Said by the exception itself, so that the previews' metrics count it without timing it again.
        Assert.True(failure.TimedOut);
    }

    [Fact]
    public void AnErrorOfTheTextIsNotATimeout()
    {
        var limits = RenderLimits.Default with { Timeout = TimeSpan.FromMinutes(1) };

        Assert.False(RenderFailure(Set("{{ while true }}x{{ end }}\n"), limits).TimedOut);
        Assert.False(RenderFailure(Set("{{ act.no_such_field.deeper }}\n"), limits).TimedOut);
    }

    [Theory]
    [InlineData("../templates-ru/header")]
    [InlineData("/etc/passwd")]
    [InlineData("nothere")]
    public void IncludeReachesOnlyPartialsOfTheSameFolder(string name)
    {
        var problem = RenderProblem(Set($"{{{{ include \"{name}\" }}}}\n"));

        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void TwoTemplatesForTheSameActAreRefused()
    {
        var twin = new TemplateFile("templates-kk/instruction-copy.sbn", "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\nмәтін\n");

        var exception = Assert.Throws<TemplateException>(() => Set("мәтін\n", twin));

        Assert.Contains("already words this act", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
    }
}
