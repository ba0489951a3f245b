namespace Supervision.Cli.Commands;

/// <summary>person disable LOGIN: the person may no longer sign in; the login stays in acts and the audit trail.</summary>
internal sealed class PersonDisableAction : ICommandAction
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["login"] = "LOGIN",
        ["changedBy"] = "--by",
    };

    public string Name => "disable";

    public string Usage => $"disable LOGIN [--by NAME] {RegisterDatabase.Option}";

    public string Summary => "disables a person (the login is kept: acts and the audit trail name it)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var login = arguments.Positional(1, "LOGIN (the person's login)");
        var by = arguments.Option("by", Environment.UserName)!;
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        return RegisterDatabase.Run(connection, error, async register =>
            PersonOutcomes.Print(await register.People.DisableAsync(login, by), "disabled", output, error, Options));
    }
}
