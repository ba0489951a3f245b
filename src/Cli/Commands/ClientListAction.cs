using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>client list: every client with its office, scopes and whether its key was revoked; never a key.</summary>
internal sealed class ClientListAction : ICommandAction
{
    public string Name => "list";

    public string Usage => $"list {RegisterDatabase.Option}";

    public string Summary => "lists the clients, their offices and scopes, and which keys are revoked";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            foreach (var client in await register.Clients.ListAsync())
            {
                output.WriteLine(Line(client));
            }

            return CommandLine.Ok;
        });
    }

    /// <summary>"erp  2-11  acts:render register:read" and, for a revoked key, who revoked it and when.</summary>
    public static string Line(Client client) =>
        $"{client.Name}  {client.OfficeCode ?? "-"}  {string.Join(' ', client.Scopes.Select(EnumNames.Of))}" +
        (client.RevokedAt is { } at ? $"  revoked by {client.RevokedBy} at {at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC" : string.Empty);
}
