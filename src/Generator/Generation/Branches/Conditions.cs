using Scriban.Syntax;
using Supervision.Templating;

namespace Supervision.Generation.Branches;

/// <summary>Reads the field tests out of one condition expression.</summary>
internal static class Conditions
{
    /// <summary>Every test of an act field in the condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="file">The file it stands in.</param>
    /// <param name="enclosing">The tests of the enclosing branches.</param>
    /// <param name="guards">Whether the tests, holding, let the branch run.</param>
    public static List<BranchTest> Read(ScriptExpression? condition, TemplateFile file, IReadOnlyList<BranchTest> enclosing, bool guards)
    {
        var tests = new List<BranchTest>();
        if (condition is not null)
        {
            Collect(condition, guards, new Context(file.Path, condition.Span.Start.Line + 1, condition.Span.Start.Column + 1, Text(condition, file), enclosing), tests);
        }

        return tests;
    }

    /// <summary>An expression as the template writes it (as Scriban prints it where the source does not hold it).</summary>
    public static string Text(ScriptNode? node, TemplateFile file)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var (start, end) = (node.Span.Start.Offset, node.Span.End.Offset);
        return start >= 0 && end >= start && end < file.Text.Length ? file.Text[start..(end + 1)] : node.ToString() ?? string.Empty;
    }

    private sealed record Context(string File, int Line, int Column, string Condition, IReadOnlyList<BranchTest> Enclosing);

    private static void Collect(ScriptExpression? expression, bool guards, Context context, List<BranchTest> tests)
    {
        if (expression is null)
        {
            return;
        }

        switch (expression)
        {
            case ScriptNestedExpression nested:
                Collect(nested.Expression, guards, context, tests);
                return;
            case ScriptUnaryExpression unary:
                Collect(unary.Right, guards: false, context, tests);
                return;
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.And } both:
                Collect(both.Left, guards, context, tests);
                Collect(both.Right, guards, context, tests);
                return;
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.Or } either:
                Collect(either.Left, guards: false, context, tests);
                Collect(either.Right, guards: false, context, tests);
                return;
            case ScriptBinaryExpression binary when IsComparison(binary.Operator) && Comparison(binary) is { } found:
                tests.Add(new BranchTest(context.File, context.Line, context.Column, context.Condition, found.Path, found.Shape, found.Operator, found.Literal, context.Enclosing) { Guards = guards });
                return;
        }

        if (PathOf(expression) is { } path)
        {
            tests.Add(new BranchTest(context.File, context.Line, context.Column, context.Condition, path, TestShape.Truthy, default, null, context.Enclosing) { Guards = guards });
            return;
        }

        // A function given fields, or any other expression: each field in it may be absent or empty.
        for (var index = 0; index < expression.ChildrenCount; index++)
        {
            if (expression.GetChildren(index) is ScriptExpression child)
            {
                Collect(child, guards: false, context, tests);
            }
        }
    }

    private static bool IsComparison(ScriptBinaryOperator op) => op is ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual
        or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
        or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual;

    /// <summary>A field or a list's length on one side, a literal on the other (the operator turned to read field-first).</summary>
    private static (string Path, TestShape Shape, ScriptBinaryOperator Operator, object? Literal)? Comparison(ScriptBinaryExpression binary)
    {
        if (Unwrap(binary.Right) is ScriptLiteral right && Field(binary.Left) is { } left)
        {
            return (left.Path, left.Shape, binary.Operator, right.Value);
        }

        if (Unwrap(binary.Left) is ScriptLiteral leftLiteral && Field(binary.Right) is { } rightField)
        {
            return (rightField.Path, rightField.Shape, Mirror(binary.Operator), leftLiteral.Value);
        }

        return null;
    }

    private static ScriptBinaryOperator Mirror(ScriptBinaryOperator op) => op switch
    {
        ScriptBinaryOperator.CompareLess => ScriptBinaryOperator.CompareGreater,
        ScriptBinaryOperator.CompareLessOrEqual => ScriptBinaryOperator.CompareGreaterOrEqual,
        ScriptBinaryOperator.CompareGreater => ScriptBinaryOperator.CompareLess,
        ScriptBinaryOperator.CompareGreaterOrEqual => ScriptBinaryOperator.CompareLessOrEqual,
        _ => op,
    };

    /// <summary>A field (<c>act.x.y</c>), or a list's length (<c>act.x.size</c>, <c>array.size act.x</c>).</summary>
    private static (string Path, TestShape Shape)? Field(ScriptExpression? expression)
    {
        expression = Unwrap(expression);
        if (expression is ScriptFunctionCall { Target: ScriptMemberExpression { Target: ScriptVariable { Name: "array" }, Member.Name: "size" } } call
            && call.Arguments.Count == 1 && PathOf(call.Arguments[0]) is { } listPath)
        {
            return (listPath, TestShape.Size);
        }

        return expression is not null && MemberPath(expression) is { } path
            ? path.EndsWith(".size", StringComparison.Ordinal) ? (path[..^".size".Length], TestShape.Size) : (path, TestShape.Compare)
            : null;
    }

    /// <summary>The field a bare member chain rooted at <c>act</c> reads ("proceeding.number"), else null.</summary>
    public static string? PathOf(ScriptExpression? expression) =>
        Unwrap(expression) is { } unwrapped && MemberPath(unwrapped) is { } path && !path.EndsWith(".size", StringComparison.Ordinal) ? path : null;

    private static string? MemberPath(ScriptExpression expression)
    {
        var names = new Stack<string>();
        var current = expression;
        while (current is ScriptMemberExpression link)
        {
            names.Push(link.Member?.Name ?? string.Empty);
            current = link.Target;
        }

        return current is ScriptVariable { Name: "act" } && names.Count > 0 ? string.Join('.', names) : null;
    }

    private static ScriptExpression? Unwrap(ScriptExpression? expression)
    {
        while (expression is ScriptNestedExpression nested)
        {
            expression = nested.Expression;
        }

        return expression;
    }
}
