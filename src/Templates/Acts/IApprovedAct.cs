namespace Supervision.Acts;

/// <summary>An act that carries an approval block (БЕКІТЕМІН / УТВЕРЖДАЮ) above its title.</summary>
public interface IApprovedAct
{
    /// <summary>The prosecutor who approves the act.</summary>
    Signatory? Approver { get; }
}
