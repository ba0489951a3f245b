using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Supervision.Register;

/// <summary>The register in a SQLite file: WAL journal (readers never wait for the writer), foreign keys
/// on, a generous busy timeout so that concurrent writers queue for the write lock instead of failing.</summary>
internal sealed class SqliteRegisterStore : IRegisterStore
{
    private const int BusyTimeoutMilliseconds = 120_000;

    private readonly string _connectionString;

    // Whether the file has been put in WAL mode by this store; a second open racing the first sets it again, harmlessly.
    private volatile bool _walSet;

    // This store's writers ask SQLite for the write lock one at a time, in the order they came (SemaphoreSlim hands a
    // release to its oldest waiter): only the first in line waits in SQLite's busy handler, the others wait here.
    // Left all to the busy handler, whose retries sleep up to 100 ms apart, a writer that came while others followed
    // one another closely missed every short gap between them: a 212-page act waited 1.4 s behind another office's
    // acts. Held only until BEGIN IMMEDIATE returns; other processes (the command line) still meet the busy handler.
    private readonly SemaphoreSlim _writers = new(1, 1);

    public SqliteRegisterStore(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 120,
            Pooling = true,
        };
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:")
        {
            throw new RegisterException("the SQLite register needs a file: give a path such as supervision.db");
        }

        _connectionString = builder.ToString();
        Description = builder.DataSource;
    }

    public RegisterProvider Provider => RegisterProvider.Sqlite;

    public string Description { get; }

    public string LockRows => string.Empty;

    public bool WritersQueue => false;

    public bool WritesDocumentsFirst => false;

    // AUTOINCREMENT keeps the largest id it handed out in sqlite_sequence, so an id is never given twice; the largest
    // id stored is taken too, should that row be missing (a register copied table by table).
    public string NextActId =>
        "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'issued_acts'), 0), COALESCE((SELECT MAX(id) FROM issued_acts), 0)) + 1";

    public string GivenIdentity => string.Empty;

    public AuditKey? AuditKey { get; set; }

    public string? MigrationLock => null;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // SQLite's own busy handler waits for the write lock (Microsoft.Data.Sqlite would poll, sleeping 150 ms
            // between tries). Set on the handle, not by a PRAGMA statement: a request opens several pooled
            // connections, and a statement prepared and run at every open costs more than the handle's setting.
            SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, BusyTimeoutMilliseconds), connection.Handle);

            // WAL is a property of the file: set once per store (a new file starts in rollback mode).
            if (!_walSet)
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA journal_mode = WAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _walSet = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // The write's store stage starts here: the wait for the writers before it is part of storing.
        var asked = System.Diagnostics.Stopwatch.GetTimestamp();
        await _writers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = Begun(((SqliteConnection)connection).BeginTransaction(deferred: false));
            RegisterTimings.WriteBegun(transaction, asked);
            return transaction;
        }
        finally
        {
            _writers.Release();
        }
    }

    public Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Begun(((SqliteConnection)connection).BeginTransaction(deferred: true)));
    }

    private static DbTransaction Begun(DbTransaction transaction)
    {
        AuditChain.Begin(transaction);
        return transaction;
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so that the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
