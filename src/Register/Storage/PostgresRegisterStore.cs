using System.Data;
using System.Data.Common;
using Npgsql;

namespace Supervision.Register;

/// <summary>The register on a PostgreSQL server, through one pooled data source.</summary>
internal sealed class PostgresRegisterStore : IRegisterStore
{
    // An arbitrary constant naming the register's migration lock among the server's advisory locks.
    private const long MigrationLockKey = 7_424_017_001;

    // How many statements each pooled connection keeps prepared: more than the register has on its hot paths.
    private const int AutoPrepared = 64;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresRegisterStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";

        // The register runs the same few statements again and again (a signature runs some twenty): prepared once
        // per pooled connection, the server stops parsing and planning them each time. A setting given wins.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPrepared;
        }

        // The register sets no session state (no SET, LISTEN, cursors or session locks: its locks end with their
        // transactions), so a connection going back to the pool need not be reset: the reset Npgsql would send
        // with the next command costs the server some 0.1 ms each time, several times per signature.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public RegisterProvider Provider => RegisterProvider.Postgres;

    public string Description { get; }

    public string LockRows => " FOR UPDATE";

    public bool WritersQueue => true;

    public bool WritesDocumentsFirst => true;

    public string NextActId => "SELECT nextval(pg_get_serial_sequence('issued_acts', 'id'))";

    public string GivenIdentity => " OVERRIDING SYSTEM VALUE";

    public AuditKey? AuditKey { get; set; }

    public string? MigrationLock => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var asked = System.Diagnostics.Stopwatch.GetTimestamp();
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        AuditChain.Begin(transaction);
        RegisterTimings.WriteBegun(transaction, asked);
        return transaction;
    }

    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        AuditChain.Begin(transaction);
        return transaction;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
