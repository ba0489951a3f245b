using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Supervision.Register;

/// <summary>
/// SQLite's result codes (sqlite.org/rescode.html): CONSTRAINT (19: unique, check, foreign key, not
/// null, a trigger's RAISE), TOOBIG (18), MISMATCH (20) and RANGE (25) refuse a value; BUSY, LOCKED,
/// NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL, NOLFS and AUTH make the database unavailable;
/// CORRUPT and NOTADB, and a table or column gone, mean damage; anything else is the program's own error.
/// </summary>
internal static partial class SqliteFailures
{
    public static StoreFailure Of(SqliteException exception)
    {
        var code = exception.SqliteErrorCode;
        var (kind, name) = code switch
        {
            19 => (RegisterFailureKind.Refused, "SQLITE_CONSTRAINT"),
            18 => (RegisterFailureKind.Refused, "SQLITE_TOOBIG"),
            20 => (RegisterFailureKind.Refused, "SQLITE_MISMATCH"),
            25 => (RegisterFailureKind.Refused, "SQLITE_RANGE"),
            5 => (RegisterFailureKind.Unavailable, "SQLITE_BUSY"),
            6 => (RegisterFailureKind.Unavailable, "SQLITE_LOCKED"),
            7 => (RegisterFailureKind.Unavailable, "SQLITE_NOMEM"),
            8 => (RegisterFailureKind.Unavailable, "SQLITE_READONLY"),
            10 => (RegisterFailureKind.Unavailable, "SQLITE_IOERR"),
            13 => (RegisterFailureKind.Unavailable, "SQLITE_FULL"),
            14 => (RegisterFailureKind.Unavailable, "SQLITE_CANTOPEN"),
            15 => (RegisterFailureKind.Unavailable, "SQLITE_PROTOCOL"),
            22 => (RegisterFailureKind.Unavailable, "SQLITE_NOLFS"),
            23 => (RegisterFailureKind.Unavailable, "SQLITE_AUTH"),
            11 => (RegisterFailureKind.Damaged, "SQLITE_CORRUPT"),
            26 => (RegisterFailureKind.Damaged, "SQLITE_NOTADB"),
            // A table or column the migrations made is gone: the schema was changed behind the program's back.
            1 when exception.Message.Contains("no such table", StringComparison.Ordinal) || exception.Message.Contains("no such column", StringComparison.Ordinal)
                => (RegisterFailureKind.Damaged, "SQLITE_ERROR"),
            _ => (RegisterFailureKind.Unexpected, "SQLITE_ERROR"),
        };
        var field = code == 19 ? Constraint(exception.Message) : null;
        var on = field is null ? string.Empty : $" on {field}";
        var detail = kind == RegisterFailureKind.Refused ? Detail(exception.SqliteExtendedErrorCode) : null;
        return new(kind, $"{StoreFailure.Name(exception)} {name} ({code}/{exception.SqliteExtendedErrorCode}){on}", field, detail);
    }

    /// <summary>What a person is told, by the extended code (SQLITE_CONSTRAINT_UNIQUE and its kin).</summary>
    private static string Detail(int extended) => extended switch
    {
        2067 or 1555 => RefusedValues.Unique,
        787 => RefusedValues.UnknownReference,
        1299 => RefusedValues.Missing,
        18 => RefusedValues.TooLong,
        _ => RefusedValues.Rule,
    };

    /// <summary>What SQLite names after "constraint failed:" — columns as table.column, or a CHECK
    /// constraint's name — or a trigger's RAISE message; only when it is made of names (the schema's,
    /// never a value), else null.</summary>
    private static string? Constraint(string message)
    {
        var match = Named().Match(message);
        return match.Success ? match.Groups["names"].Value : null;
    }

    [GeneratedRegex(@"'(?:[A-Z ]+ constraint failed: )?(?<names>[A-Za-z_][\w.]*(?:, [A-Za-z_][\w.]*)*)'")]
    private static partial Regex Named();
}
