using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;

namespace Supervision.Tests.Templates;

/// <summary>Values print as text and never change the act's structure, whatever they hold.</summary>
public sealed class EscapingTests
{
    public static TheoryData<string> Hostile() =>
    [
        "**жирный** и *курсив*",
        "# Заголовок",
        "## Подзаголовок",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "<b>жирный</b> <script>alert(1)</script>",
        "{{ 7*7 }} {% raw %} {{ act.number }}",
        "::: signature\nКто-то\n\nПодпись\n:::",
        "первая строка\nвторая строка",
        "абзац\n\n# не заголовок\n\n1. не список",
        "1. не пункт",
        "- не тире",
        "> не цитата",
        "    не код",
        "```\nне код\n```",
        "[ссылка](http://example.com) <http://example.com>",
        "\\*обратная косая\\* & &amp; &lt;",
        "текст {.center}",
        "строка с \\\nпереносом",
        "=====",
        "Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void AViolationPrintsExactlyAsWrittenAndTheActKeepsItsShape(string hostile)
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Kk);
        var baseline = ActComposer.Default.Compose(act);

        var document = ActComposer.Default.Compose(act with { Violations = [hostile, .. act.Violations!.Skip(1)] });

        Assert.Equal(Shape(baseline), Shape(document));
        var list = document.Blocks.OfType<ListBlock>().First();
        // Spaces at the start and end of a line are not part of an act's text; everything else is kept.
        var expected = string.Join('\n', hostile.Split('\n').Select(line => line.Trim()));
        Assert.Equal(expected, PlainText.Of(list.Items[0]));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void FindingsPrintExactlyLineByLineAsParagraphs(string hostile)
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Kk);

        var document = ActComposer.Default.Compose(act with { Findings = hostile });

        var expected = hostile.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        var heading = document.Blocks.ToList().FindLastIndex(block => block is Heading);
        var printed = document.Blocks.Skip(heading + 1).Take(expected.Count).Select(block => PlainText.Of(((Paragraph)block).Inlines));
        Assert.Equal(expected, printed);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void RequisitesInLetterheadAddresseeAndSignaturePrintLiterally(string hostile)
    {
        var line = hostile.Split('\n')[0];
        var act = ExampleActs.Load<Instruction>(ActLanguage.Kk);
        var changed = act with
        {
            Number = line,
            Addressee = act.Addressee! with { Name = line },
            Signatory = act.Signatory! with { Title = line },
        };

        var document = ActComposer.Default.Compose(changed);

        Assert.Equal(Shape(ActComposer.Default.Compose(act)), Shape(document));
        // The typesetter binds some spaces with U+00A0 (the last word of a signature line, for one): as read, they are spaces.
        Assert.EndsWith(line.Trim(), Read(document.Blocks.OfType<RequisitesBlock>().Single().Left), StringComparison.Ordinal);
        Assert.Contains(document.Blocks.OfType<AddresseeBlock>().Single().Lines, l => Read(l) == line.Trim());
        Assert.Equal(line.Trim(), Read(document.Blocks.OfType<SignatureBlock>().Single().PositionLines[0]));
    }

    private static string Read(IEnumerable<Inline> inlines) => PlainText.Of(inlines).Replace('\u00A0', ' ');

    /// <summary>The kinds of blocks in order, with the number of items of each list.</summary>
    private static string[] Shape(ActDocument document) =>
        [.. document.Blocks.Select(block => block is ListBlock list ? $"{block.GetType().Name}({list.Items.Count})" : block.GetType().Name)];
}
