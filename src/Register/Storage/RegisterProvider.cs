namespace Supervision.Register;

/// <summary>The databases the register can live in.</summary>
public enum RegisterProvider
{
    /// <summary>Decide from the connection string: one with a <c>Host=</c> key is PostgreSQL, anything else SQLite.</summary>
    Auto,

    /// <summary>A SQLite file, created on first use; nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}
