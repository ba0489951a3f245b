namespace Supervision.Register;

/// <summary>What a backup holds, or what a restore brought back: read from the copy itself, so that the
/// operator sees the copy is a register and how far it reaches.</summary>
/// <param name="Target">The file written (backup) or the register restored (restore), as a message names it.</param>
/// <param name="Acts">The issued acts it holds.</param>
/// <param name="AuditEntries">The entries of its audit chain.</param>
public sealed record BackupSummary(string Target, long Acts, long AuditEntries);
