using Supervision.Templating;

namespace Supervision.Tests.Templates;

/// <summary>Shipped template sets with templates given a branch that only one act takes.</summary>
internal static class BranchTemplates
{
    /// <summary>The proceeding number the weaponised branch waits for; no example has it.</summary>
    public const string Number = "666/66";

    /// <summary>A thousand list markers on one line: a list nested a thousand deep.</summary>
    public static string NestedThousandDeep { get; } = string.Concat(Enumerable.Repeat("- ", 1000)) + "x";

    /// <summary>The shipped files with each of <paramref name="paths"/> ending in <c>if act.proceeding.number == "666/66"</c>
    /// around <paramref name="body"/>; the lines of the condition and of the body's first line in the first path.</summary>
    public static (IReadOnlyList<TemplateFile> Files, int ConditionLine, int BodyLine) WithBranch(string body, params string[] paths) =>
        Edit(paths, text => text.TrimEnd('\n').Split('\n').Length, body);

    /// <summary>The same, with the branch right after the front matter, so that it is the first test the template makes.</summary>
    public static (IReadOnlyList<TemplateFile> Files, int ConditionLine, int BodyLine) WithFirstBranch(string body, params string[] paths) =>
        Edit(paths, text => text.Split('\n').Select((line, index) => (line, index)).Where(pair => pair.line == "+++").ElementAt(1).index + 1, body);

    /// <summary>Inserts the branch after the given count of lines of each file.</summary>
    private static (IReadOnlyList<TemplateFile> Files, int ConditionLine, int BodyLine) Edit(string[] paths, Func<string, int> after, string body)
    {
        var branch = $"{{{{ if act.proceeding.number == \"{Number}\" }}}}\n{body}\n{{{{ end }}}}";
        var files = TemplateSet.Embedded.Files;
        var edited = files.Select(file =>
        {
            if (!paths.Contains(file.Path))
            {
                return file;
            }

            var lines = file.Text.TrimEnd('\n').Split('\n').ToList();
            lines.Insert(after(file.Text), branch);
            return file with { Text = string.Join('\n', lines) + "\n" };
        });
        var conditionLine = after(files.Single(file => file.Path == paths[0]).Text) + 1;
        return ([.. edited], conditionLine, conditionLine + 1);
    }
}
