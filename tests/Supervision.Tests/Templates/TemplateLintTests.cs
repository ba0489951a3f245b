using Supervision.Generation;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>The repository's templates pass the linter; the linter catches what it is for.</summary>
public sealed class TemplateLintTests
{
    private static IReadOnlyList<TemplateFile> Shipped => TemplateSet.Embedded.Files;

    private static IReadOnlyList<TemplateFile> With(string path, Func<string, string> edit) =>
        [.. Shipped.Select(file => file.Path == path ? file with { Text = edit(file.Text) } : file)];

    [Fact]
    public void TheShippedTemplatesHaveNoProblem() => Assert.Empty(TemplateLinter.Lint(Shipped));

    [Fact]
    public void EveryKazakhTemplateHasARussianTwinReadingTheSameFields()
    {
        var set = TemplateSet.Embedded;

        foreach (var kazakh in set.Templates.Where(t => t.Language == Supervision.Acts.ActLanguage.Kk))
        {
            var russian = Assert.Single(set.Templates, t => t.Language == Supervision.Acts.ActLanguage.Ru && t.Kind == kazakh.Kind && t.Instance == kazakh.Instance);
            Assert.Equal(
                FieldReferences.Of(kazakh.Parsed).Select(f => f.Path).ToHashSet(),
                FieldReferences.Of(russian.Parsed).Select(f => f.Path).ToHashSet());
        }
    }

    [Fact]
    public void AFieldReadByOnlyOneTwinIsReported()
    {
        var problems = TemplateLinter.Lint(With("templates-kk/order.sbn", text => text + "\n{{ act.proceeding.bailiff }}\n"));

        var problem = Assert.Single(problems);
        Assert.Equal("templates-kk/order.sbn", problem.File);
        Assert.Contains("act.proceeding.bailiff", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void AFieldTheActDoesNotHaveIsReportedWithItsPlace()
    {
        var problems = TemplateLinter.Lint(With("templates-ru/protest.sbn", text => text + "\n{{ act.deadline }}\n"));

        Assert.Contains(problems, p => p.File == "templates-ru/protest.sbn" && p.Message.Contains("no field act.deadline", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingTwinIsReported()
    {
        var problems = TemplateLinter.Lint([.. Shipped.Where(file => file.Path != "templates-ru/submission.sbn")]);

        Assert.Contains(problems, p => p.File == "templates-kk/submission.sbn" && p.Message.Contains("no Russian twin", StringComparison.Ordinal));
    }

    [Fact]
    public void ATemplateThatFailsOnAnExampleIsReported()
    {
        // Both twins read the field, so they agree; the examples give it no value, so rendering fails.
        var files = With("templates-kk/order.sbn", text => text + "\n{{ date_of act.addressee.address }}\n");
        files = [.. files.Select(file => file.Path == "templates-ru/order.sbn" ? file with { Text = file.Text + "\n{{ date_of act.addressee.address }}\n" } : file)];

        var problems = TemplateLinter.Lint(files);

        Assert.Contains(problems, p => p.File == "templates-ru/order.sbn" && p.Message.Contains("rendering example order.ru", StringComparison.Ordinal));
    }
}
