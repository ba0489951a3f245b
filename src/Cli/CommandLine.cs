using Supervision.Cli.Commands;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Templating;

namespace Supervision.Cli;

/// <summary>Dispatches the verb to its command. Exit codes: 0 done or valid, 1 the act is invalid, 2 bad input or usage.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int BadInput = 2;

    private static readonly ICommand[] Commands = [new ValidateCommand(), new RenderCommand(), new LintTemplatesCommand(), new ExampleCommand(), new AmountCommand(), new IssueCommand(), new RegisterCommand(), new OfficeCommand(), new PersonCommand(), new ClientCommand(), new AuditCommand(), new SignCommand(), new VerifyCommand(), new RenderBatchCommand()];

    /// <summary>Runs a command line with no standard input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, TextReader.Null, output, error);

    /// <summary>Runs a command line; a verb reads <paramref name="input"/> only where asked to (--password-stdin).</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        Run(args, input, output, error, Environment.GetEnvironmentVariable);

    /// <summary>Runs a command line reading the environment's variables through <paramref name="environment"/>.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteHelp(args.Length == 0 ? error : output);
            return args.Length == 0 ? BadInput : Ok;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"error: unknown command '{args[0]}'; commands: {string.Join(", ", Commands.Select(c => c.Name))}");
            return BadInput;
        }

        try
        {
            return command.Run(Arguments.Parse(args[1..], input, environment), output, error);
        }
        catch (UsageException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            error.WriteLine($"usage: supervision {command.Usage}");
            return BadInput;
        }
        catch (FontsUnavailableException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return BadInput;
        }
        catch (TemplateException exception)
        {
            foreach (var problem in exception.Problems)
            {
                error.WriteLine($"error: {problem}");
            }

            return BadInput;
        }
    }

    private static void WriteHelp(TextWriter writer)
    {
        writer.WriteLine("supervision — prosecutorial acts in enforcement proceedings (Kazakhstan), in Kazakh and Russian");
        writer.WriteLine();
        foreach (var command in Commands)
        {
            writer.WriteLine($"  supervision {command.Usage}");
            writer.WriteLine($"      {command.Summary}");
        }

        writer.WriteLine();
        writer.WriteLine("The register: --db CONN, else Register__Connection (the service's setting), else supervision.db in the data folder (Data__Path, SUPERVISION_DATA).");
        writer.WriteLine("Exit codes: 0 done (the act is valid), 1 the act is invalid, 2 bad input or usage.");
    }
}
