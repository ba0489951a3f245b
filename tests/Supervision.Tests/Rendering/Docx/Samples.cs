using Supervision.Document;
using static Supervision.Tests.Rendering.Docx.Build;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>Every sample and edge case, by name, for theories.</summary>
internal static class Samples
{
    public static IReadOnlyDictionary<string, Func<ActDocument>> All { get; } = new Dictionary<string, Func<ActDocument>>
    {
        ["kazakh conclusion"] = () => SampleActs.KazakhConclusion(),
        ["russian instruction"] = () => SampleActs.RussianInstruction(),
        ["hostile text"] = SampleActs.HostileText,
        ["empty document"] = () => Document([]),
        ["empty paragraph"] = () => Document([P(""), new Paragraph([])]),
        ["page break first, twice and last"] = () => Document([new PageBreak(), P("one"), new PageBreak(), new PageBreak(), H(1, "two"), new PageBreak()]),
        ["table right before the signature"] = () => Document([P("text"), new Table([Row("a", "b")], HasHeader: false), Signature("Name", "Position")]),
        ["two tables and a signature touching"] = () => Document([new Table([Row("a")], HasHeader: true), new Table([Row("b", "c")], HasHeader: false), Signature("Name", "Position"), new Table([Row("d")], HasHeader: false)]),
        ["page break before a table"] = () => Document([P("text"), new PageBreak(), new Table([Row("a", "b")], HasHeader: true)]),
        ["signature without position"] = () => Document([P("text"), Signature("Name")]),
        ["table without rows and rows of unequal length"] = () => Document([new Table([], HasHeader: true), new Table([Row("a", "b", "c"), Row("d")], HasHeader: false)]),
        ["headings of every level"] = () => Document([H(1, "ONE"), H(2, "two\nlines"), H(3, "three"), P("text")]),
    };

    public static TheoryData<string> Names() => [.. All.Keys];

    public static ActDocument Document(IReadOnlyList<Block> blocks) =>
        new(new DocumentInfo("Title", "Subject", "Author", "kk-KZ", new DateOnly(2025, 10, 14)), blocks);
}
