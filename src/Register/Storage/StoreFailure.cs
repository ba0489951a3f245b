using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Supervision.Register;

/// <summary>
/// What an exception thrown by the register means, in the one place that knows the providers' codes:
/// its kind (a value refused, a database out of reach, data damaged, a program error), the field where
/// the database names it, and a reason for the log (exception type, SQLSTATE or SQLite code, constraint
/// name) that never quotes a value, a password or a connection string.
/// </summary>
/// <param name="Kind">What the failure means for the caller.</param>
/// <param name="Reason">One line for the operators' log and the health check.</param>
/// <param name="Field">The column (<c>table.column</c>), constraint or act field whose value was refused, where known.</param>
/// <param name="Detail">For a refused value, the line a person is told: what kind of value the register cannot hold.</param>
public sealed record StoreFailure(RegisterFailureKind Kind, string Reason, string? Field = null, string? Detail = null)
{
    /// <summary>The failure an exception stands for, or null when it is none of the register's (a
    /// programming error elsewhere, a cancellation): such exceptions keep their own handling.</summary>
    public static StoreFailure? Of(Exception exception) => exception switch
    {
        RegisterException register => OfRegister(register),
        PostgresException postgres => PostgresFailures.Of(postgres),
        NpgsqlException npgsql => new(RegisterFailureKind.Unavailable, $"{Name(npgsql)}{Inner(npgsql)}"),
        SqliteException sqlite => SqliteFailures.Of(sqlite),
        DbException other => new(RegisterFailureKind.Unavailable, Name(other)),
        // Only a timeout stands for the database on its own: a bare I/O or access error may be anything's, and a
        // failure to reach the file or server while opening arrives wrapped in a RegisterException.
        TimeoutException => new(RegisterFailureKind.Unavailable, Name(exception)),
        _ => null,
    };

    private static StoreFailure OfRegister(RegisterException exception)
    {
        // A failure to open wraps the provider's exception: keep the wrapper's kind, add the cause's reason.
        var cause = exception.InnerException is { } inner && inner is not RegisterException ? Of(inner) : null;
        var reason = cause is null ? exception.Message : $"{exception.Message} ({cause.Reason})";
        return new(exception.Kind, reason, exception.Field ?? cause?.Field, exception.Kind == RegisterFailureKind.Refused ? exception.Message : cause?.Detail);
    }

    internal static string Name(Exception exception) => exception.GetType().Name;

    /// <summary>The type of the innermost cause (a SocketException under an NpgsqlException), which says
    /// "connection refused" or "timeout" without the message, which may name the host's address.</summary>
    private static string Inner(Exception exception)
    {
        var inner = exception.InnerException;
        while (inner?.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner switch
        {
            SocketException socket => $" (SocketException {socket.SocketErrorCode})",
            null => string.Empty,
            _ => $" ({Name(inner)})",
        };
    }
}
