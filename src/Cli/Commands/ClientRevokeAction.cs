namespace Supervision.Cli.Commands;

/// <summary>client revoke NAME: the client's key is refused from now on; the name stays in the audit trail.</summary>
internal sealed class ClientRevokeAction : ICommandAction
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["name"] = "NAME",
        ["revokedBy"] = "--by",
    };

    public string Name => "revoke";

    public string Usage => $"revoke NAME [--by NAME] {RegisterDatabase.Option}";

    public string Summary => "revokes a client's key at once";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var name = arguments.Positional(1, "NAME (the client's name)");
        var by = arguments.Option("by", Environment.UserName)!;
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        return RegisterDatabase.Run(connection, error, async register =>
            ClientOutcomes.Print(await register.Clients.RevokeAsync(name, by), "revoked", output, error, Options));
    }
}
