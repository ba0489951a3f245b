using Supervision.Generation;
using Supervision.Templating;

namespace Supervision.Cli.Commands;

/// <summary>lint-templates [--dir ROOT]: checks the templates in ROOT/templates-kk and ROOT/templates-ru.</summary>
internal sealed class LintTemplatesCommand : ICommand
{
    public string Name => "lint-templates";

    public string Usage => "lint-templates [--dir ROOT]";

    public string Summary => "parses every template under ROOT (default: the current folder), checks kk/ru parity, fields, that each renders every example and, within the time and page budgets, acts generated to take every branch it tests; prints file:line:column problems";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var root = arguments.Option("dir", ".")!;
        arguments.EnsureAllRead(positionalCount: 0);

        IReadOnlyList<TemplateFile> files;
        try
        {
            files = TemplateSources.FromDirectory(root);
        }
        catch (Exception exception) when (exception is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {exception.Message}");
            return CommandLine.BadInput;
        }

        var problems = TemplateLinter.Lint(files);
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            return CommandLine.Invalid;
        }

        output.WriteLine($"templates ok: {files.Count} files");
        return CommandLine.Ok;
    }
}
