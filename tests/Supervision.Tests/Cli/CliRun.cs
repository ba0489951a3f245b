using Supervision.Cli;

namespace Supervision.Tests.Cli;

/// <summary>The outcome of one command line, run in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    /// <summary>A command line that reads <paramref name="input"/> as its standard input.</summary>
    public static CliRun WithInput(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, reader, output, error);
        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
