namespace Supervision.Register;

/// <summary>
/// Which register the service and the command line open, found in one order so that both open the same one:
/// the connection given — the service's setting <c>Register:Connection</c> (environment <c>Register__Connection</c>);
/// the command line's <c>--db</c>, else that same environment variable — and where none is given, the data
/// folder's SQLite file (<see cref="DataFolder.RegisterFile"/>).
/// </summary>
/// <param name="Connection">A SQLite file's full path, a SQLite connection string or a PostgreSQL one.</param>
/// <param name="Source">Where it came from ("--db", "Register__Connection", "the data folder ..."), for messages.</param>
/// <param name="IsDataFolderDefault">Whether none was given and it is the data folder's file.</param>
public sealed record RegisterConnection(string Connection, string Source, bool IsDataFolderDefault)
{
    /// <summary>The service's setting.</summary>
    public const string Setting = "Register:Connection";

    /// <summary>The environment variable of the setting, which the command line reads too.</summary>
    public const string Variable = "Register__Connection";

    /// <summary>
    /// The first connection given, in the order given (blank ones are not given): trimmed, and a bare SQLite path
    /// taken from <paramref name="baseFolder"/>; else the data folder's file.
    /// </summary>
    /// <param name="baseFolder">The folder a relative SQLite path is taken from (the service's content root, the command line's working folder).</param>
    /// <param name="data">The data folder the service and the command line share.</param>
    /// <param name="given">Each place a connection may be given, with its name, first the one that wins.</param>
    public static RegisterConnection Resolve(string baseFolder, DataFolder data, params (string? Value, string Source)[] given)
    {
        ArgumentNullException.ThrowIfNull(baseFolder);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(given);
        foreach (var (value, source) in given)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var connection = value.Trim();
                return new RegisterConnection(
                    connection.Contains('=', StringComparison.Ordinal) ? connection : Path.GetFullPath(connection, baseFolder),
                    source,
                    IsDataFolderDefault: false);
            }
        }

        return new RegisterConnection(data.RegisterFile, $"the data folder ({data.Source})", IsDataFolderDefault: true);
    }
}
