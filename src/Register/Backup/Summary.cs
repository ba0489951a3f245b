using System.Data.Common;
using System.Globalization;

namespace Supervision.Register;

/// <summary>Reads what a register's copy holds, for the operator's line after a backup or a restore.</summary>
internal static class Summary
{
    /// <summary>Whether the database holds a register: its audit head, which the first migration creates.</summary>
    public static async Task<bool> IsRegisterAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = connection is Npgsql.NpgsqlConnection
            ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'audit_head'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The acts and audit entries the register holds.</summary>
    public static async Task<BackupSummary> ReadAsync(DbConnection connection, string target, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM issued_acts), (SELECT COUNT(*) FROM audit_log)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new BackupSummary(target, reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Stops with the message where the condition fails.</summary>
    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RegisterException(message);
        }
    }
}
