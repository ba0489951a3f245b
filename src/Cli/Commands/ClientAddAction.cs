using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>client add --name NAME --scope SCOPE ... [--office INDEX]: adds a client and prints its key once.</summary>
internal sealed class ClientAddAction : ICommandAction
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["officeCode"] = "--office",
        ["scopes"] = "--scope",
        ["addedBy"] = "--by",
    };

    public string Name => "add";

    public string Usage => $"add --name NAME --scope SCOPE [--scope SCOPE ...] [--office INDEX] [--by NAME] {RegisterDatabase.Option}";

    public string Summary => "adds a machine client and prints its key, once: keep it, the register stores only its digest (scopes: acts:render, acts:draft, register:read, templates:read)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var name = arguments.Required("name", "NAME");
        var scopes = arguments.Enums<ClientScope>("scope");
        var office = arguments.Option("office");
        var by = arguments.Option("by", Environment.UserName)!;
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
            ClientOutcomes.Print(await register.Clients.AddAsync(name, office, scopes, by), "added", output, error, Options));
    }
}
