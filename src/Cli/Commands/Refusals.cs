using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>Prints the register's refusal of what was typed as one line naming the option it came from.</summary>
internal static class Refusals
{
    /// <summary>Writes "error: --iin: '…' is not an IIN: …" and returns exit code 2.</summary>
    /// <param name="error">Where errors go.</param>
    /// <param name="problem">The register's refusal.</param>
    /// <param name="options">The option (or argument) each field of the request came from, where it is not the field's name in kebab case.</param>
    public static int Print(TextWriter error, InputProblem problem, IReadOnlyDictionary<string, string> options)
    {
        var where = options.TryGetValue(problem.Field, out var option) ? option : "--" + Kebab(problem.Field);
        error.WriteLine($"error: {where}: {problem.Message}");
        return CommandLine.BadInput;
    }

    /// <summary>"givenName" → "given-name".</summary>
    private static string Kebab(string field) =>
        string.Concat(field.Select(c => char.IsAsciiLetterUpper(c) ? $"-{char.ToLowerInvariant(c)}" : c.ToString()));
}
