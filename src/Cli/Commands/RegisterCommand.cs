namespace Supervision.Cli.Commands;

/// <summary>register ACTION ...: the register of issued acts — lists, status changes, documents (the PDF
/// as issued, the others re-created), keeping the PDFs of acts issued before they were kept, control lists, indicators, template versions, backup and restore.</summary>
internal sealed class RegisterCommand() : ActionCommand(
    "register",
    "the register of issued acts",
    [
        new RegisterListAction(),
        new RegisterShowAction(),
        new RegisterStatusAction(),
        new RegisterDocumentAction(),
        new RegisterKeepDocumentsAction(),
        new RegisterControlAction(),
        new RegisterIndicatorsAction(),
        new RegisterTemplatesAction(),
        new RegisterPublishAction(),
        new RegisterApproveAction(),
        new RegisterBackupAction(),
        new RegisterRestoreAction(),
    ]);
