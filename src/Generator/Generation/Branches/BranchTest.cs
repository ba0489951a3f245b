using Scriban.Syntax;

namespace Supervision.Generation.Branches;

/// <summary>How a condition tests a field of the act.</summary>
internal enum TestShape
{
    /// <summary>The field against a literal: <c>act.proceeding.number == "666/66"</c>, <c>when "appeal"</c>.</summary>
    Compare,

    /// <summary>A list's length against a number: <c>act.attachments.size &gt; 1</c>, <c>(array.size act.demands) == 0</c>.</summary>
    Size,

    /// <summary>The field used any other way: <c>if act.addressee</c>, <c>string.ends_with act.place "."</c>.</summary>
    Truthy,
}

/// <summary>
/// One test a template makes of an act's field, where it makes it, and the tests of the branches it stands in
/// (which a generated act must pass too for this test to be reached).
/// </summary>
/// <param name="File">The template or partial: "templates-kk/order.sbn".</param>
/// <param name="Line">1-based line of the condition.</param>
/// <param name="Column">1-based column of the condition.</param>
/// <param name="Condition">The condition as written: <c>act.proceeding.number == "666/66"</c>.</param>
/// <param name="Path">The field after <c>act.</c>: "proceeding.number".</param>
/// <param name="Shape">How the field is tested.</param>
/// <param name="Operator">The comparison, for <see cref="TestShape.Compare"/> and <see cref="TestShape.Size"/>.</param>
/// <param name="Literal">The value compared against (string, number, bool or null).</param>
/// <param name="Enclosing">The tests of the enclosing branches that hold when this one is reached (their first
/// value that makes them true is set along with this test's values).</param>
internal sealed record BranchTest(
    string File,
    int Line,
    int Column,
    string Condition,
    string Path,
    TestShape Shape,
    ScriptBinaryOperator Operator,
    object? Literal,
    IReadOnlyList<BranchTest> Enclosing)
{
    /// <summary>Whether the test, when it holds, lets the enclosed branch run (false under "or" and "not",
    /// where the enclosed branch may run for other reasons).</summary>
    public bool Guards { get; init; } = true;

    /// <summary>"templates-kk/order.sbn:12 (if act.proceeding.number == "666/66")", as problems name it.</summary>
    public override string ToString() => $"{File}:{Line} ({Condition})";
}
