namespace Supervision.Cli.Commands;

/// <summary>person ACTION ...: the people of the register and their roles.</summary>
internal sealed class PersonCommand() : ActionCommand(
    "person",
    "the people of the register",
    [new PersonAddAction(), new PersonListAction(), new PersonDisableAction(), new PersonRolesAction()]);
