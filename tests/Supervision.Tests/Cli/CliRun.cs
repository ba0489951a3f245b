using Supervision.Cli;

namespace Supervision.Tests.Cli;

/// <summary>The outcome of one command line, run in-process with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    /// <summary>A command line that reads <paramref name="input"/> as its standard input.</summary>
    public static CliRun WithInput(string input, params string[] args) => Run(input, new Dictionary<string, string?>(), args);

    /// <summary>
    /// A command line run with these environment variables over the process's own (a value of null unsets one):
    /// the tests run in parallel in one process, so a variable one test needs is given to its runs only.
    /// </summary>
    public static CliRun WithEnvironment(IReadOnlyDictionary<string, string?> environment, params string[] args) => Run(string.Empty, environment, args);

    /// <summary>A command line that reads <paramref name="input"/>, with these environment variables over the process's own.</summary>
    public static CliRun WithInput(string input, IReadOnlyDictionary<string, string?> environment, params string[] args) => Run(input, environment, args);

    private static CliRun Run(string input, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, reader, output, error, name => environment.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name));
        return new CliRun(code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
