namespace Supervision.Cli.Commands;

/// <summary>register publish PATH FILE --by LOGIN: an editor proposes an edited template as its next version,
/// live once another editor approves it (register approve).</summary>
internal sealed class RegisterPublishAction : ICommandAction
{
    public string Name => "publish";

    public string Usage => $"publish templates-kk/NAME.sbn FILE {ActingPerson.Option} {RegisterDatabase.Option}";

    public string Summary => "the editor LOGIN proposes FILE as the next version of a template once the whole set with it passes lint-templates (prints the problems otherwise, exit 1); it is live once another editor approves it (register approve)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var path = arguments.Positional(1, "PATH (the template's path: templates-kk/NAME.sbn)");
        var file = arguments.Positional(2, "FILE (the edited template)");
        var by = arguments.Option("by") ?? throw new UsageException("--by LOGIN (the editor who proposes the template) is required");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 3);
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: {file}: cannot read the file: {exception.Message}");
            return CommandLine.BadInput;
        }

        return RegisterDatabase.Run(connection, error, async register =>
        {
            if (await ActingPerson.FindAsync(register, by, error) is not { } principal)
            {
                return CommandLine.BadInput;
            }

            return TemplateOutcomes.Print(await register.ProposeTemplateAsync(principal, path, text), output, error);
        });
    }
}
