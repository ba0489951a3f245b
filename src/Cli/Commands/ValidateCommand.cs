using Supervision.Validation;

namespace Supervision.Cli.Commands;

/// <summary>validate FILE: prints every error as "path: code: message" and every warning as
/// "warning: path: code: message", then "valid" when there is no error.</summary>
internal sealed class ValidateCommand : ICommand
{
    /// <summary>What starts a warning's line, so that a script tells it from an error's.</summary>
    public const string WarningPrefix = "warning: ";

    public string Name => "validate";

    public string Usage => "validate FILE";

    public string Summary => "checks an act (JSON); prints each error as 'path: code: message', each warning as 'warning: path: code: message', and 'valid' when there is no error";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var file = arguments.Positional(0, "FILE (the act's JSON)");
        arguments.EnsureAllRead(positionalCount: 1);

        if (ActFile.Read(file, error) is not { } act)
        {
            return CommandLine.BadInput;
        }

        var report = ActValidator.Default.Validate(act);
        foreach (var problem in report.Errors)
        {
            output.WriteLine(problem);
        }

        // Warnings never change the exit code: an act with only warnings is valid.
        foreach (var warning in report.Warnings)
        {
            output.WriteLine(WarningPrefix + warning);
        }

        if (report.IsValid)
        {
            output.WriteLine("valid");
            return CommandLine.Ok;
        }

        return CommandLine.Invalid;
    }
}
