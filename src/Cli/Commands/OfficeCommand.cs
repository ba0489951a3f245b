namespace Supervision.Cli.Commands;

/// <summary>office ACTION ...: the prosecutor's offices of the register.</summary>
internal sealed class OfficeCommand() : ActionCommand(
    "office",
    "the offices of the register",
    [new OfficeAddAction(), new OfficeListAction()]);
