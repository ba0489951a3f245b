namespace Supervision.Register;

/// <summary>
/// Backs the register up into one file and restores it from one, without the audit key: the key stays outside
/// the database and outside its backup (an HMAC chain whose key travels with the data protects nothing), so the
/// operator keeps the key file apart, and <see cref="CopyAuditKey"/> writes it where he chooses.
/// A SQLite register is copied with SQLite's online backup API while the service runs (one read snapshot: acts
/// issued meanwhile are in the copy whole or not at all); a PostgreSQL register with <c>pg_dump</c>, which
/// reads one snapshot too, and is restored with <c>pg_restore</c> in one transaction. A restore goes only into
/// an empty register unless told to replace one, and never leaves a half-restored register behind.
/// </summary>
public static class RegisterBackup
{
    /// <summary>Copies the register named by <paramref name="connection"/> into <paramref name="file"/>, which must not exist.</summary>
    /// <exception cref="RegisterException">The register is missing or unreadable, the file exists, or the copy failed (nothing is left at <paramref name="file"/>).</exception>
    public static Task<BackupSummary> BackupAsync(string connection, string file, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var full = Path.GetFullPath(file);
        if (File.Exists(full) || Directory.Exists(full))
        {
            throw new RegisterException($"{full} exists already: a backup is written to a new file, never over another");
        }

        return RegisterStores.Detect(connection) == RegisterProvider.Postgres
            ? PostgresBackup.BackupAsync(connection, full, cancellationToken)
            : SqliteBackup.BackupAsync(SqliteBackup.FileOf(connection), full, cancellationToken);
    }

    /// <summary>Restores <paramref name="file"/> (written by <see cref="BackupAsync"/>) into the register named by
    /// <paramref name="connection"/>: an empty one (no file, an empty file, a schema without tables) unless
    /// <paramref name="replace"/>, which replaces a register whose service is stopped.</summary>
    /// <exception cref="RegisterException">The file is not a register's backup, the register is not empty and
    /// <paramref name="replace"/> is false, or the restore failed (the register is left as it was).</exception>
    public static Task<BackupSummary> RestoreAsync(string file, string connection, bool replace, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        var full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            throw new RegisterException($"there is no backup file {full}");
        }

        return RegisterStores.Detect(connection) == RegisterProvider.Postgres
            ? PostgresBackup.RestoreAsync(full, connection, replace, cancellationToken)
            : SqliteBackup.RestoreAsync(full, SqliteBackup.FileOf(connection), replace, cancellationToken);
    }

    /// <summary>
    /// The audit key's file the register opened with these options reads, or null where the key is the setting
    /// <see cref="RegisterOptions.AuditKey"/> (then the operator keeps that setting). The same rule the register
    /// opens with: the setting's file, else beside a SQLite file, else supervision-audit.key in the current folder.
    /// </summary>
    public static string? AuditKeyPath(RegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.AuditKey))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(options.AuditKeyFile))
        {
            return Path.GetFullPath(options.AuditKeyFile);
        }

        return RegisterStores.Detect(options.Connection) == RegisterProvider.Postgres
            ? Path.GetFullPath(AuditKeyFile.DefaultName)
            : Path.GetFullPath(SqliteBackup.FileOf(options.Connection) + AuditKeyFile.Suffix);
    }

    /// <summary>Copies the audit key's file <paramref name="from"/> to <paramref name="to"/>, readable by its owner
    /// only (0600); <paramref name="to"/> must not exist, unless it holds the same key already.</summary>
    /// <exception cref="RegisterException">The key file is missing or holds no key, or <paramref name="to"/> holds another.</exception>
    public static void CopyAuditKey(string from, string to)
    {
        var source = Path.GetFullPath(from);
        var target = Path.GetFullPath(to);
        var key = AuditKeyFile.Read(source) ?? throw new RegisterException($"there is no audit key file {source}");
        if (AuditKeyFile.Read(target) is { } existing)
        {
            if (existing.Id != key.Id)
            {
                throw new RegisterException($"{target} holds another audit key (id {existing.Id}, not {key.Id}); it is left as it is");
            }

            return;
        }

        AuditKeyFile.Write(target, key);
    }
}
