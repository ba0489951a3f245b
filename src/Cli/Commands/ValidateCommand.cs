using Supervision.Validation;

namespace Supervision.Cli.Commands;

/// <summary>validate FILE: prints "valid", or every error as "path: code: message".</summary>
internal sealed class ValidateCommand : ICommand
{
    public string Name => "validate";

    public string Usage => "validate FILE";

    public string Summary => "checks an act (JSON); prints 'valid' or each error as 'path: code: message'";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var file = arguments.Positional(0, "FILE (the act's JSON)");
        arguments.EnsureAllRead(positionalCount: 1);

        if (ActFile.Read(file, error) is not { } act)
        {
            return CommandLine.BadInput;
        }

        var report = ActValidator.Default.Validate(act);
        if (report.IsValid)
        {
            output.WriteLine("valid");
            return CommandLine.Ok;
        }

        foreach (var problem in report.Errors)
        {
            output.WriteLine(problem);
        }

        return CommandLine.Invalid;
    }
}
