using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register publish PATH FILE --by NAME: an edited template becomes the next, live version.</summary>
internal sealed class RegisterPublishAction : ICommandAction
{
    public string Name => "publish";

    public string Usage => $"publish templates-kk/NAME.sbn FILE --by NAME {RegisterDatabase.Option}";

    public string Summary => "publishes FILE as the next version of a template once the whole set with it passes lint-templates; prints the problems otherwise (exit 1)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var path = arguments.Positional(1, "PATH (the template's path: templates-kk/NAME.sbn)");
        var file = arguments.Positional(2, "FILE (the edited template)");
        var by = arguments.Option("by") ?? throw new UsageException("--by NAME (who publishes) is required");
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
            switch (await register.PublishTemplateAsync(path, text, by))
            {
                case PublishOutcome.Published published:
                    output.WriteLine($"published {published.Version.Path} v{published.Version.Version} (sha256 {published.Version.Sha256})");
                    return CommandLine.Ok;
                case PublishOutcome.Rejected rejected:
                    foreach (var problem in rejected.Problems)
                    {
                        output.WriteLine(problem);
                    }

                    return CommandLine.Invalid;
                default:
                    return CommandLine.BadInput;
            }
        });
    }
}
