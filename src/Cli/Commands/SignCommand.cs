namespace Supervision.Cli.Commands;

/// <summary>sign ACTION ...: signing an issued act's PDF with the signatory's own key, in two steps, as the
/// service's <c>.../signature/prepare</c> and <c>.../signature</c> do.</summary>
internal sealed class SignCommand() : ActionCommand(
    "sign",
    "signing an issued act's PDF with the signatory's own key (PAdES)",
    [
        new SignPrepareAction(),
        new SignAttachAction(),
    ]);
