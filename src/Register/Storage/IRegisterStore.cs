using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// Where the register lives: opens connections and write transactions in the way the database needs
/// for numbers without gaps. The SQL the register runs is shared; only what differs is here.
/// </summary>
internal interface IRegisterStore : IAsyncDisposable
{
    /// <summary>Which database this is.</summary>
    RegisterProvider Provider { get; }

    /// <summary>The database as a message may name it (a file path, a host and database; never a password).</summary>
    string Description { get; }

    /// <summary>Appended to a SELECT that must lock the rows it reads until the transaction ends
    /// (" FOR UPDATE"); empty where the write transaction already holds the whole database.</summary>
    string LockRows { get; }

    /// <summary>Whether a write transaction that asks for a row another one holds waits in the database's queue and
    /// is woken the moment that one ends (PostgreSQL). Then an office's next issuer may send its first command
    /// while the one before is still writing (<see cref="OfficeTurns"/>). SQLite's writers are refused while the
    /// file is locked and try again on a timer, so there an issuer waits in the service until the one before is done.</summary>
    bool WritersQueue { get; }

    /// <summary>Whether an issuer takes its act's id when it renders and writes the act's kept documents (the PDF) in
    /// its write transaction before it locks the audit head, the reference to the act checked at commit (PostgreSQL,
    /// migration 0018): the PDF's rows and their WAL are then written while the writer before still holds the head,
    /// not while every other writer waits. SQLite's writer holds the whole file from its first write, so there the
    /// documents go with the act's row.</summary>
    bool WritesDocumentsFirst { get; }

    /// <summary>A query giving the id the next issued act takes, run in the write transaction before the act is
    /// written, so that its audit entry (which names the id) goes in the same command as its row. PostgreSQL: the
    /// identity's sequence (an attempt rolled back leaves a gap in ids, as an identity does; ids are not numbers).
    /// SQLite: one past the last id handed out, safe because the write transaction holds the whole database.</summary>
    string NextActId { get; }

    /// <summary>Written after an INSERT's column list where the id is given: " OVERRIDING SYSTEM VALUE" for
    /// PostgreSQL's identity columns, empty for SQLite.</summary>
    string GivenIdentity { get; }

    /// <summary>Run first in the migration transaction so that two programs starting at once migrate one after the other; null where the write transaction already excludes the other.</summary>
    string? MigrationLock { get; }

    /// <summary>The key audit entries are hashed under; set once, when the register opens, before anything is appended.</summary>
    AuditKey? AuditKey { get; set; }

    /// <summary>Opens a connection, creating the database file where the database is a file.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that writes. SQLite: BEGIN IMMEDIATE, which takes the database's
    /// write lock at once, so a transaction never reads a counter another is about to change.
    /// PostgreSQL: READ COMMITTED; rows are locked as they are read with <see cref="LockRows"/> or updated.</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Begins a transaction that only reads, from one snapshot of the database, without holding up writers
    /// (audit verify). SQLite: a deferred transaction, whose snapshot (WAL) is taken at its first read.
    /// PostgreSQL: REPEATABLE READ.</summary>
    Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);
}
