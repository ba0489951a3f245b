namespace Supervision.Cli.Commands;

/// <summary>client ACTION ...: the machine clients of the register and their keys.</summary>
internal sealed class ClientCommand() : ActionCommand(
    "client",
    "the machine clients of the register and their keys",
    [new ClientAddAction(), new ClientListAction(), new ClientRevokeAction()]);
