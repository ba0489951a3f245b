using System.Data.Common;
using System.Globalization;

namespace Supervision.Register;

/// <summary>
/// The schema's versions: numbered SQL scripts embedded per store ("0001_register.sql"), applied in
/// order, each recorded in <c>schema_version</c> in the same transaction as its changes. Running
/// them again applies nothing; a database of a newer schema than this program knows is refused.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "Supervision.Register.Migrations.";

    /// <summary>The scripts of a store, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> For(RegisterProvider provider)
    {
        var folder = provider == RegisterProvider.Postgres ? "postgres" : "sqlite";
        var assembly = typeof(Migrations).Assembly;
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith($"{Prefix}{folder}.", StringComparison.Ordinal)))
        {
            var name = resource[(Prefix.Length + folder.Length + 1)..^".sql".Length];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add((version, name, reader.ReadToEnd()));
        }

        return [.. scripts.OrderBy(script => script.Item1)];
    }

    /// <summary>Brings the database to the newest schema (or, for a test that builds an older register, to
    /// <paramref name="upTo"/>); returns the versions applied now.</summary>
    /// <exception cref="RegisterException">The database has a schema version this program does not know.</exception>
    public static async Task<IReadOnlyList<int>> RunAsync(IRegisterStore store, TimeProvider clock, CancellationToken cancellationToken, int? upTo = null)
    {
        var scripts = For(store.Provider);
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (store.MigrationLock is { } migrationLock)
        {
            await Sql.ExecuteAsync(connection, transaction, migrationLock, null, cancellationToken).ConfigureAwait(false);
        }

        await Sql.ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            null,
            cancellationToken).ConfigureAwait(false);
        var applied = await Sql.ListAsync(connection, transaction, "SELECT version FROM schema_version", null, reader => reader.Int32("version"), cancellationToken).ConfigureAwait(false);
        var unknown = applied.Where(version => scripts.All(script => script.Version != version)).ToList();
        if (unknown.Count > 0)
        {
            throw new RegisterException($"the register at {store.Description} has schema version {unknown.Max()}, newer than this program knows ({scripts.Max(s => s.Version)}): update the program");
        }

        var now = new List<int>();
        foreach (var (version, name, sql) in scripts.Where(script => !applied.Contains(script.Version) && script.Version <= (upTo ?? int.MaxValue)))
        {
            await Sql.ExecuteAsync(connection, transaction, sql, null, cancellationToken).ConfigureAwait(false);
            await MigrationSteps.AfterAsync(version, connection, transaction, cancellationToken).ConfigureAwait(false);
            await Sql.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)",
                [("version", version), ("name", name), ("at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))],
                cancellationToken).ConfigureAwait(false);
            now.Add(version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return now;
    }

    /// <summary>The versions recorded in the database.</summary>
    public static async Task<IReadOnlyList<int>> AppliedAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await Sql.ListAsync(connection, null, "SELECT version FROM schema_version ORDER BY version", null, reader => reader.Int32("version"), cancellationToken).ConfigureAwait(false);
}
