using Scriban;
using Scriban.Syntax;
using Supervision.Templating;

namespace Supervision.Generation.Branches;

/// <summary>
/// Finds every test a template makes of the act's fields: the conditions of <c>if</c>/<c>else if</c>, the value
/// of <c>case</c> with each <c>when</c>, comparisons with literals, lengths of lists, fields handed to functions.
/// The linter builds acts from them that take each branch.
/// </summary>
internal static class BranchTests
{
    /// <summary>The tests of a template (or partial) read from its syntax tree, in order of appearance.</summary>
    public static IReadOnlyList<BranchTest> Of(Template template, TemplateFile file)
    {
        var tests = new List<BranchTest>();
        if (template.Page is { } page)
        {
            Walk(page, file, [], tests);
        }

        return tests;
    }

    private static void Walk(ScriptNode node, TemplateFile file, IReadOnlyList<BranchTest> enclosing, List<BranchTest> tests, string? casePath = null)
    {
        switch (node)
        {
            case ScriptIfStatement statement:
                var found = Conditions.Read(statement.Condition, file, enclosing, guards: true);
                tests.AddRange(found);
                WalkChild(statement.Then, file, [.. enclosing, .. found.Where(test => test.Guards)], tests, casePath);
                WalkChild(statement.Else, file, enclosing, tests, casePath);
                return;
            case ScriptCaseStatement statement:
                // case act.x … when "a", "b": the field may also be absent or hold a value no when names.
                var path = Conditions.PathOf(statement.Value);
                if (path is not null)
                {
                    tests.Add(new BranchTest(file.Path, statement.Span.Start.Line + 1, statement.Span.Start.Column + 1, $"case {Conditions.Text(statement.Value, file)}", path, TestShape.Truthy, default, null, enclosing));
                }

                WalkChildren(statement, file, enclosing, tests, path);
                return;
            case ScriptWhenStatement branch:
                var values = new List<BranchTest>();
                foreach (var literal in branch.Values.OfType<ScriptLiteral>().Where(_ => casePath is not null))
                {
                    values.Add(new BranchTest(file.Path, branch.Span.Start.Line + 1, branch.Span.Start.Column + 1, $"when {Conditions.Text(literal, file)}", casePath!, TestShape.Compare, ScriptBinaryOperator.CompareEqual, literal.Value, enclosing));
                }

                tests.AddRange(values);
                WalkChild(branch.Body, file, values.Count == 1 ? [.. enclosing, .. values] : enclosing, tests, casePath);
                WalkChild(branch.Next, file, enclosing, tests, casePath);
                return;
        }

        WalkChildren(node, file, enclosing, tests, casePath);
    }

    private static void WalkChildren(ScriptNode node, TemplateFile file, IReadOnlyList<BranchTest> enclosing, List<BranchTest> tests, string? casePath)
    {
        for (var index = 0; index < node.ChildrenCount; index++)
        {
            WalkChild(node.GetChildren(index), file, enclosing, tests, casePath);
        }
    }

    private static void WalkChild(ScriptNode? child, TemplateFile file, IReadOnlyList<BranchTest> enclosing, List<BranchTest> tests, string? casePath)
    {
        if (child is not null)
        {
            Walk(child, file, enclosing, tests, casePath);
        }
    }
}
