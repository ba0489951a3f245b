using System.Text.RegularExpressions;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Layout;
using Supervision.Tests.Templates;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>
/// Every example act in both languages (and the court copies of conclusions), laid out by the PDF
/// typesetter and read on its own line objects: the act stays whole at its end, and no line of the text
/// ends where a reader would stumble.
/// </summary>
public sealed partial class ActWholeTests
{
    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void TheExecutorLineStandsOnThePageOfTheSignatureNeverAlone(string example, ActLanguage language, string variant)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load(example, language), variant);
        var pages = PdfRenderer.Lay(document);

        foreach (var page in pages)
        {
            Assert.False(
                page.Lines.All(line => document.Blocks[line.Role.Block] is Paragraph { Small: true }),
                $"page {page.Number} of {pages.Count} holds only the executor line");
        }

        var executor = FindLast(document.Blocks, block => block is Paragraph { Small: true });
        var signature = FindLast(document.Blocks, block => block is SignatureBlock);
        Assert.True(executor > signature, "the example has a signature and an executor line after it");
        var signaturePage = pages.Single(page => page.Lines.Any(line => line.Role.Block == signature));
        Assert.Contains(signaturePage.Lines, line => line.Role.Block == executor);
        Assert.Contains(signaturePage.Lines, line => line.Role.Block < signature && line.Role.Kind == LineKind.Text);
    }

    [Theory]
    [MemberData(nameof(GoldenTextTests.Cases), MemberType = typeof(GoldenTextTests))]
    public void NoLineOfTheTextEndsWhereAReaderWouldStumble(string example, ActLanguage language, string variant)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load(example, language), variant);
        var lines = PdfRenderer.Lay(document).SelectMany(page => page.Lines).ToList();

        var problems = new List<string>();
        for (var index = 0; index + 1 < lines.Count; index++)
        {
            var (line, next) = (lines[index], lines[index + 1]);
            if (line.Role.IsLast || next.Role.Block != line.Role.Block || next.Role.Part != line.Role.Part || !IsJustifiedText(document.Blocks[line.Role.Block]))
            {
                continue;
            }

            var end = line.Text.TrimEnd();
            var start = next.Text.TrimStart();
            if (Stumble(end, start) is { } what)
            {
                problems.Add($"{what}: \"…{end[Math.Max(0, end.Length - 30)..]}\" / \"{start[..Math.Min(30, start.Length)]}…\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>What is wrong where a line ends in <paramref name="end"/> and the next starts with <paramref name="start"/>, or null.</summary>
    internal static string? Stumble(string end, string start) =>
        end.EndsWith('№') ? "a line ends with №"
        : Abbreviation().IsMatch(end) ? "a line ends with an abbreviation before its word"
        : Initial().IsMatch(end) && start.Length > 0 && char.IsUpper(start[0]) ? "an initial ends a line, its surname opens the next"
        : Surname().IsMatch(end) && Initials().IsMatch(start) ? "a surname ends a line, its initials open the next"
        : DigitGroup().IsMatch(end) && Continued().IsMatch(start) ? "a number is cut between its digit groups"
        : char.IsAsciiDigit(end[^1]) && Unit().IsMatch(start) ? "a number ends a line, its unit opens the next"
        : start.StartsWith('–') ? "a dash opens a line"
        : null;

    private static bool IsJustifiedText(Block block) => block is Paragraph { Alignment: Alignment.Justify } or ListBlock;

    private static int FindLast(IReadOnlyList<Block> blocks, Func<Block, bool> match)
    {
        for (var index = blocks.Count - 1; index >= 0; index--)
        {
            if (match(blocks[index]))
            {
                return index;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"(?<!\p{L})(г|ст|п|ч|ул|тел)\.$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(?<!\p{L})\p{Lu}\.$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+$")]
    private static partial Regex Surname();

    [GeneratedRegex(@"^\p{Lu}\.(\p{Lu}\.)?(?!\p{L})(?![ \u00A0]\p{Lu}\p{Ll})")]
    private static partial Regex Initials();

    [GeneratedRegex(@"(?<![\d,.])\d{1,3}$")]
    private static partial Regex DigitGroup();

    [GeneratedRegex(@"^\d{3}(?!\d)")]
    private static partial Regex Continued();

    [GeneratedRegex(@"^(теңге|тенге|тиын|л\.|экз\.|парақ|данада|г\.|ж\.)")]
    private static partial Regex Unit();
}
