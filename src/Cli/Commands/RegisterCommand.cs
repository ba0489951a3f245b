namespace Supervision.Cli.Commands;

/// <summary>register ACTION ...: the register of issued acts — lists, status changes, re-created
/// documents, control lists, indicators, template versions, backup and restore.</summary>
internal sealed class RegisterCommand() : ActionCommand(
    "register",
    "the register of issued acts",
    [
        new RegisterListAction(),
        new RegisterShowAction(),
        new RegisterStatusAction(),
        new RegisterDocumentAction(),
        new RegisterControlAction(),
        new RegisterIndicatorsAction(),
        new RegisterTemplatesAction(),
        new RegisterPublishAction(),
        new RegisterApproveAction(),
        new RegisterBackupAction(),
        new RegisterRestoreAction(),
    ]);
