using Microsoft.Data.Sqlite;

namespace Supervision.Register;

/// <summary>
/// A SQLite register's backup and restore through SQLite's online backup API (Microsoft.Data.Sqlite's
/// <see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>): every page is copied in one step under one
/// read transaction, so the copy is the register at one moment even while the service writes (WAL: the writer
/// does not wait for it). Both directions write a temporary file beside the target and move it into place once
/// it is whole and checked, so a failure leaves no half-written backup and no half-restored register.
/// </summary>
internal static class SqliteBackup
{
    /// <summary>The database file a SQLite connection setting names ("supervision.db" or "Data Source=...").</summary>
    public static string FileOf(string connection)
    {
        var builder = new SqliteConnectionStringBuilder(connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection}");
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
        {
            throw new RegisterException("the SQLite register needs a file: give a path such as supervision.db");
        }

        return Path.GetFullPath(builder.DataSource);
    }

    public static async Task<BackupSummary> BackupAsync(string database, string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(database))
        {
            throw new RegisterException($"there is no register at {database}");
        }

        var temporary = Temporary(file);
        try
        {
            // Read-write without create, so that a WAL file's shared memory can be used; nothing is written to it.
            await using (var source = Open(database, SqliteOpenMode.ReadWrite))
            await using (var copy = Open(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                await source.OpenAsync(cancellationToken).ConfigureAwait(false);
                await copy.OpenAsync(cancellationToken).ConfigureAwait(false);
                Summary.Require(await Summary.IsRegisterAsync(source, cancellationToken).ConfigureAwait(false), $"{database} is not a register");
                source.BackupDatabase(copy);
                await SelfContainedAsync(copy, cancellationToken).ConfigureAwait(false);
            }

            var summary = await CheckAsync(temporary, file, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, file, overwrite: false);
            return summary;
        }
        catch (SqliteException exception)
        {
            throw new RegisterException($"the register {database} could not be backed up: {exception.Message}", exception);
        }
        finally
        {
            Delete(temporary);
        }
    }

    public static async Task<BackupSummary> RestoreAsync(string file, string database, bool replace, CancellationToken cancellationToken)
    {
        var temporary = Temporary(database);
        try
        {
            await CheckAsync(file, file, cancellationToken).ConfigureAwait(false);
            if (!replace && await HeldAsync(database, cancellationToken).ConfigureAwait(false) is { } held)
            {
                throw new RegisterException(
                    $"the register {database} is not empty ({held.Acts} acts, {held.AuditEntries} audit entries): a restore goes into an empty register; " +
                    "to replace this one, stop its service and restore with --replace");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            await using (var backup = Open(file, SqliteOpenMode.ReadOnly))
            await using (var copy = Open(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                await backup.OpenAsync(cancellationToken).ConfigureAwait(false);
                await copy.OpenAsync(cancellationToken).ConfigureAwait(false);
                backup.BackupDatabase(copy);
                await SelfContainedAsync(copy, cancellationToken).ConfigureAwait(false);
            }

            var summary = await CheckAsync(temporary, database, cancellationToken).ConfigureAwait(false);

            // The replaced register's journal must not be applied to the restored file.
            SqliteConnection.ClearAllPools();
            Delete(database + "-wal");
            Delete(database + "-shm");
            File.Move(temporary, database, overwrite: true);
            return summary;
        }
        catch (SqliteException exception)
        {
            throw new RegisterException($"{file} could not be restored into {database}: {exception.Message}", exception);
        }
        finally
        {
            Delete(temporary);
        }
    }

    /// <summary>The register's counts where the file holds one, null where there is no file, an empty one, or no tables.</summary>
    private static async Task<BackupSummary?> HeldAsync(string database, CancellationToken cancellationToken)
    {
        if (!File.Exists(database) || new FileInfo(database).Length == 0)
        {
            return null;
        }

        await using var connection = Open(database, SqliteOpenMode.ReadWrite);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        if (Convert.ToInt64(await tables.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        return await Summary.IsRegisterAsync(connection, cancellationToken).ConfigureAwait(false)
            ? await Summary.ReadAsync(connection, database, cancellationToken).ConfigureAwait(false)
            : new BackupSummary(database, 0, 0);
    }

    /// <summary>Checks a copy page by page and that it is a register; its counts, named as <paramref name="target"/>.</summary>
    private static async Task<BackupSummary> CheckAsync(string path, string target, CancellationToken cancellationToken)
    {
        await using var connection = Open(path, SqliteOpenMode.ReadOnly);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA quick_check";
        var answer = await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        Summary.Require(answer == "ok", $"{target} is damaged (SQLite's quick check: {answer})");
        Summary.Require(await Summary.IsRegisterAsync(connection, cancellationToken).ConfigureAwait(false), $"{target} is not a register's backup");
        return await Summary.ReadAsync(connection, target, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One file, no journal beside it: the copy took the source's WAL mode with its pages.</summary>
    private static async Task SelfContainedAsync(SqliteConnection copy, CancellationToken cancellationToken)
    {
        await using var journal = copy.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode = DELETE";
        await journal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 120 }.ToString());

    private static string Temporary(string file) => Path.Combine(Path.GetDirectoryName(file)!, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp");

    private static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(path + "-journal");
    }
}
