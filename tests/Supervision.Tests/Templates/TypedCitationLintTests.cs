using Supervision.Generation;
using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>The linter refuses an article, a law's date or number typed into a template's printed text,
/// naming file, line and column; comments may name articles.</summary>
public sealed class TypedCitationLintTests
{
    private static IReadOnlyList<TemplateProblem> LintWithLine(string path, string line) =>
        TemplateLinter.Lint([.. TemplateSet.Embedded.Files.Select(file => file.Path == path ? file with { Text = file.Text + line } : file)]);

    private static int LineCount(string path) => TemplateSet.Embedded.Files.Single(file => file.Path == path).Text.Split('\n').Length;

    [Theory]
    [InlineData("templates-ru/order.sbn", "руководствуясь статьей 24 Закона", "статьей 24")]
    [InlineData("templates-ru/order.sbn", "см. ст. 25 Закона", "ст. 25")]
    [InlineData("templates-ru/order.sbn", "приказом от 28 декабря 2010 года", "2010 года")]
    [InlineData("templates-ru/order.sbn", "приказом № 88", "№ 88")]
    [InlineData("templates-kk/order.sbn", "Заңының 19-бабын басшылыққа алып", "19-бабын")]
    [InlineData("templates-kk/order.sbn", "кодексінің 440 және 441-баптарын", "440 және 441-баптарын")]
    [InlineData("templates-kk/order.sbn", "2010 жылғы 28 желтоқсандағы бұйрық", "2010 жылғы")]
    public void ACitationTypedIntoTheTextIsReportedAtItsPlace(string path, string typed, string reported)
    {
        var problems = LintWithLine(path, "\nТекст: " + typed + "\n");

        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.File);
        Assert.Equal(LineCount(path) + 1, problem.Line);
        Assert.Equal("Текст: ".Length + typed.IndexOf(reported, StringComparison.Ordinal) + 1, problem.Column);
        Assert.Contains($"\"{reported}\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommentMayNameArticles() =>
        Assert.Empty(LintWithLine("templates-ru/order.sbn", "\n{{# статья 24 Закона № 2709 от 1995 года }}\n"));

    [Fact]
    public void ACitationThroughTheFrameIsNotReported() =>
        Assert.Empty(LintWithLine("templates-ru/order.sbn", "\nсм. {{ cite \"basis\" \"accusative\" }}\n"));
}
