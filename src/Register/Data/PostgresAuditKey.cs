namespace Supervision.Register;

/// <summary>
/// Where the service and the command line keep a PostgreSQL register's audit key when neither
/// <c>Register:AuditKey</c> nor <c>Register:AuditKeyFile</c> names it: <c>supervision-audit.key</c> in the data
/// folder, beside everything else the two share, so that <c>audit verify</c> from the command line checks what the
/// service wrote. (A SQLite register keeps its key beside its file, which is in the data folder by default.)
/// Older versions kept it in the process's working folder; where such a file exists and the data folder has none,
/// this refuses, saying how to move it: creating a new key there instead would make every entry of the chain fail
/// verification.
/// </summary>
public static class PostgresAuditKey
{
    /// <summary>
    /// The audit key file to open the register at <paramref name="connection"/> with where none is configured: the
    /// data folder's for PostgreSQL; null for SQLite (the register's own default, beside its file).
    /// </summary>
    /// <param name="data">The data folder the service and the command line share.</param>
    /// <param name="connection">The register's connection (a SQLite path or connection string, or a PostgreSQL one).</param>
    /// <param name="workingFolder">The process's working folder, where older versions kept the key.</param>
    /// <exception cref="RegisterException">The key lies in the working folder and the data folder has none.</exception>
    public static string? DefaultFile(DataFolder data, string connection, string workingFolder)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(connection);
        if (RegisterStores.Detect(connection) != RegisterProvider.Postgres)
        {
            return null;
        }

        var current = data.AuditKeyFilePath;
        var legacy = Path.GetFullPath(AuditKeyFile.DefaultName, workingFolder);
        if (!File.Exists(current) && File.Exists(legacy) && !string.Equals(current, legacy, StringComparison.Ordinal))
        {
            throw new RegisterException(
                $"the PostgreSQL register's audit key is now kept in the data folder {data.Path}, which has none, but an older one lies in the working folder: {legacy}. " +
                $"Move it there (mv '{legacy}' '{current}'), or keep using it with Register__AuditKeyFile='{legacy}'. " +
                "Nothing was opened, so that no new key is made: a new key would make every entry of the audit chain fail verification.");
        }

        return current;
    }
}
