using Npgsql;

namespace Supervision.Register;

/// <summary>
/// PostgreSQL's errors by SQLSTATE (appendix A of its manual): class 22 (data exception: a NUL byte,
/// text invalid in the encoding, a number out of range), class 23 (integrity constraint: unique, check,
/// foreign key, not null) and 54000 (a value too long for an index) refuse a value; class 08
/// (connection), 28 (authorisation), 3D (no such database), 53 (insufficient resources: disk full), 57
/// (operator intervention: shutdown, statement timeout), 58 (system error: I/O) and the transient 40001,
/// 40P01, 55P03 make the database unavailable; class XX (internal error, data corrupted) and a table or
/// column gone (42P01, 42703) mean damage; anything else is the program's own error.
/// </summary>
internal static class PostgresFailures
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["22001"] = "string_data_right_truncation",
        ["22003"] = "numeric_value_out_of_range",
        ["22007"] = "invalid_datetime_format",
        ["22008"] = "datetime_field_overflow",
        ["22021"] = "character_not_in_repertoire",
        ["22P05"] = "untranslatable_character",
        ["23502"] = "not_null_violation",
        ["23503"] = "foreign_key_violation",
        ["23505"] = "unique_violation",
        ["23514"] = "check_violation",
        ["54000"] = "program_limit_exceeded",
        ["53100"] = "disk_full",
        ["57014"] = "query_canceled",
        ["57P01"] = "admin_shutdown",
        ["58030"] = "io_error",
    };

    public static StoreFailure Of(PostgresException exception)
    {
        var state = exception.SqlState;
        var named = Names.TryGetValue(state, out var name) ? $" {name}" : string.Empty;
        var field = Field(exception);
        var on = field is null ? string.Empty : $" on {field}";
        var reason = $"{StoreFailure.Name(exception)} SQLSTATE {state}{named}{on}";
        return new(KindOf(state), reason, field, Detail(state));
    }

    private static string Detail(string state) => state switch
    {
        "22021" or "22P05" => RefusedValues.BadText,
        "22001" or "54000" => RefusedValues.TooLong,
        "22003" or "22008" => RefusedValues.OutOfRange,
        "23505" => RefusedValues.Unique,
        "23503" => RefusedValues.UnknownReference,
        "23502" => RefusedValues.Missing,
        _ => RefusedValues.Rule,
    };

    private static RegisterFailureKind KindOf(string state) => state switch
    {
        "54000" => RegisterFailureKind.Refused,
        "40001" or "40P01" or "55P03" or "3D000" => RegisterFailureKind.Unavailable,
        // A table or column the program's migrations made is gone: the schema was changed behind its back.
        "42P01" or "42703" => RegisterFailureKind.Damaged,
        _ => state[..2] switch
        {
            "22" or "23" => RegisterFailureKind.Refused,
            "08" or "28" or "53" or "57" or "58" => RegisterFailureKind.Unavailable,
            "XX" => RegisterFailureKind.Damaged,
            _ => RegisterFailureKind.Unexpected,
        },
    };

    /// <summary>"people.surname" where the server names the column, else the constraint's name (which the
    /// migrations choose, so it names what was refused); never the detail, which quotes the value.</summary>
    private static string? Field(PostgresException exception) =>
        exception.ColumnName is { Length: > 0 } column
            ? exception.TableName is { Length: > 0 } table ? $"{table}.{column}" : column
            : exception.ConstraintName is { Length: > 0 } constraint ? constraint : null;
}
