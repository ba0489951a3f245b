namespace Supervision.Register;

/// <summary>Picks the store for a connection string: PostgreSQL for one with a <c>Host=</c> key (or when
/// asked), otherwise SQLite, where a bare path ("supervision.db") names the file.</summary>
internal static class RegisterStores
{
    public static IRegisterStore Open(string connectionString, RegisterProvider provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var chosen = provider == RegisterProvider.Auto ? Detect(connectionString) : provider;
        try
        {
            return chosen == RegisterProvider.Postgres
                ? new PostgresRegisterStore(connectionString)
                : new SqliteRegisterStore(connectionString.Contains('=', StringComparison.Ordinal) ? connectionString : $"Data Source={connectionString}");
        }
        catch (ArgumentException exception)
        {
            throw new RegisterException($"the connection string is not understood: {exception.Message}", exception);
        }
    }

    /// <summary>PostgreSQL where the string has a Host key, SQLite otherwise.</summary>
    public static RegisterProvider Detect(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (!connectionString.Contains('=', StringComparison.Ordinal))
        {
            return RegisterProvider.Sqlite;
        }

        try
        {
            var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            return keys.ContainsKey("Host") || keys.ContainsKey("Server") ? RegisterProvider.Postgres : RegisterProvider.Sqlite;
        }
        catch (ArgumentException exception)
        {
            throw new RegisterException($"the connection string is not understood: {exception.Message}", exception);
        }
    }
}
