namespace Supervision.Cli.Commands;

/// <summary>register approve PATH VERSION --by LOGIN: a second editor makes a proposed template version live.</summary>
internal sealed class RegisterApproveAction : ICommandAction
{
    public string Name => "approve";

    public string Usage => $"approve templates-kk/NAME.sbn VERSION {ActingPerson.Option} {RegisterDatabase.Option}";

    public string Summary => "the editor LOGIN, not the one who proposed it, approves a proposed template version, which the linter checks again over the live set and which then is live";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var path = arguments.Positional(1, "PATH (the template's path: templates-kk/NAME.sbn)");
        var given = arguments.Positional(2, "VERSION (the proposed version's number)");
        var version = int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new UsageException($"'{given}' is not a template version (a positive whole number)");
        var by = arguments.Option("by") ?? throw new UsageException("--by LOGIN (the editor who approves the proposal) is required");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 3);
        return RegisterDatabase.Run(connection, error, async register =>
            await ActingPerson.FindAsync(register, by, error) is { } principal
                ? TemplateOutcomes.Print(await register.ApproveTemplateAsync(principal, path, version), output, error)
                : CommandLine.BadInput);
    }
}
