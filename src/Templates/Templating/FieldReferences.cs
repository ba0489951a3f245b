using Scriban;
using Scriban.Syntax;

namespace Supervision.Templating;

/// <summary>A model field a template reads, and where.</summary>
/// <param name="Path">The field after <c>act.</c>: "proceeding.debtor.name".</param>
/// <param name="Line">1-based line in the template.</param>
/// <param name="Column">1-based column in the template.</param>
public sealed record FieldReference(string Path, int Line, int Column);

/// <summary>
/// The model fields a template reads: every member chain that starts at <c>act</c>, found in the parsed
/// template. Used to check that every field exists and that a Kazakh template and its Russian twin read
/// the same fields.
/// </summary>
public static class FieldReferences
{
    /// <summary>The fields read by a template (not by the partials it includes), in order of appearance.</summary>
    public static IReadOnlyList<FieldReference> Of(Template template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var fields = new List<FieldReference>();
        if (template.Page is { } page)
        {
            Collect(page, fields);
        }

        return fields;
    }

    private static void Collect(ScriptNode node, List<FieldReference> fields)
    {
        if (node is ScriptMemberExpression member && Path(member) is { } path)
        {
            fields.Add(new FieldReference(path, member.Span.Start.Line + 1, member.Span.Start.Column + 1));
            return;
        }

        for (var index = 0; index < node.ChildrenCount; index++)
        {
            if (node.GetChildren(index) is { } child)
            {
                Collect(child, fields);
            }
        }
    }

    /// <summary>"a.b" for a chain of members rooted at the variable act; null otherwise.</summary>
    private static string? Path(ScriptMemberExpression member)
    {
        var names = new Stack<string>();
        ScriptExpression? current = member;
        while (current is ScriptMemberExpression link)
        {
            names.Push(link.Member?.Name ?? string.Empty);
            current = link.Target;
        }

        if (current is not ScriptVariable { Name: "act" })
        {
            return null;
        }

        // "act.attachments.size" reads the list's length, a property every Scriban list has.
        var path = string.Join('.', names);
        return path.EndsWith(".size", StringComparison.Ordinal) ? path[..^".size".Length] : path;
    }
}
