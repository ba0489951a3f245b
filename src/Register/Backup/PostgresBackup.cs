using System.Diagnostics;
using Npgsql;

namespace Supervision.Register;

/// <summary>
/// A PostgreSQL register's backup and restore with PostgreSQL's own tools (Debian's postgresql-client):
/// <c>pg_dump --format=custom</c> of the register's schema (the connection's Search Path, else the whole
/// database), which reads one snapshot while the replicas keep issuing, and <c>pg_restore --single-transaction
/// --clean --if-exists</c>, all or nothing. The password goes to them in PGPASSWORD, never on a command line.
/// </summary>
internal static class PostgresBackup
{
    public static async Task<BackupSummary> BackupAsync(string connection, string file, CancellationToken cancellationToken)
    {
        var builder = Builder(connection);
        await using (var database = await OpenAsync(builder, cancellationToken).ConfigureAwait(false))
        {
            Summary.Require(await Summary.IsRegisterAsync(database, cancellationToken).ConfigureAwait(false), $"there is no register in {Describe(builder)}");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(file)!, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await RunAsync("pg_dump", builder, [.. Schema(builder) is { } schema ? new[] { "--schema", schema } : [], "--format=custom", "--no-owner", "--file", temporary], cancellationToken).ConfigureAwait(false);
            File.Move(temporary, file, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }

        await using var read = await OpenAsync(builder, cancellationToken).ConfigureAwait(false);
        return await Summary.ReadAsync(read, file, cancellationToken).ConfigureAwait(false) with { Target = file };
    }

    public static async Task<BackupSummary> RestoreAsync(string file, string connection, bool replace, CancellationToken cancellationToken)
    {
        var builder = Builder(connection);
        await using (var database = await OpenAsync(builder, cancellationToken).ConfigureAwait(false))
        {
            if (!replace && await TablesAsync(database, cancellationToken).ConfigureAwait(false) > 0)
            {
                var held = await Summary.IsRegisterAsync(database, cancellationToken).ConfigureAwait(false)
                    ? await Summary.ReadAsync(database, Describe(builder), cancellationToken).ConfigureAwait(false)
                    : new BackupSummary(Describe(builder), 0, 0);
                throw new RegisterException(
                    $"the register {Describe(builder)} is not empty ({held.Acts} acts, {held.AuditEntries} audit entries, or tables of something else): " +
                    "a restore goes into an empty schema; to replace this register, stop its services and restore with --replace");
            }
        }

        // --clean --if-exists: the dump's schema is dropped (it holds nothing, or is replaced as asked) and created
        // again as dumped, so the restored register is the dumped one table for table; one transaction: all or nothing.
        await RunAsync("pg_restore", builder, ["--single-transaction", "--clean", "--if-exists", "--no-owner", "--dbname", builder.Database!, file], cancellationToken).ConfigureAwait(false);
        NpgsqlConnection.ClearAllPools();
        await using var restored = await OpenAsync(builder, cancellationToken).ConfigureAwait(false);
        Summary.Require(await Summary.IsRegisterAsync(restored, cancellationToken).ConfigureAwait(false), $"{file} restored no register into {Describe(builder)}: was it written by register backup from this schema?");
        return await Summary.ReadAsync(restored, Describe(builder), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The register's schema: the first of the connection's Search Path, or null for the whole database.</summary>
    private static string? Schema(NpgsqlConnectionStringBuilder builder) =>
        builder.SearchPath?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static NpgsqlConnectionStringBuilder Builder(string connection)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException exception)
        {
            throw new RegisterException($"the connection string is not understood: {exception.Message}", exception);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlConnectionStringBuilder builder, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<long> TablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0L);
    }

    /// <summary>"PostgreSQL host:port/database, schema S", without the password.</summary>
    private static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}" + (Schema(builder) is { } schema ? $", schema {schema}" : string.Empty);

    /// <summary>Runs pg_dump or pg_restore against the connection's server; its own error, where it fails, in the message.</summary>
    private static async Task RunAsync(string tool, NpgsqlConnectionStringBuilder builder, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = builder.Host;
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = builder.Database;
        start.Environment["PGUSER"] = builder.Username;
        if (!string.IsNullOrEmpty(builder.Password))
        {
            start.Environment["PGPASSWORD"] = builder.Password;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new RegisterException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new RegisterException(
                $"{tool} cannot be run ({exception.Message}): install PostgreSQL's client tools of the server's version (Debian: apt-get install postgresql-client), " +
                "or run it yourself as docs/operations.md shows", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var message = (await error.ConfigureAwait(false)).Trim();
            await output.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new RegisterException($"{tool} failed (exit {process.ExitCode}): {message.ReplaceLineEndings(" ")}");
            }
        }
    }
}
