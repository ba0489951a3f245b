using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The office an act without a draft is issued under (<see cref="IssueRequest"/>): found by the name the act
/// prints, or registered under the index given with its first act. Checked once without a transaction (so a
/// refused office costs no rendering) and again in the write transaction, which registers a new office.
/// </summary>
internal static class IssuingOffice
{
    /// <summary>The office's index, or why the act cannot be issued under it; with <paramref name="register"/>
    /// (inside the write transaction) a new office and its name are stored.</summary>
    public static async Task<(string? Code, string? Refusal)> ResolveAsync(DbConnection connection, DbTransaction? transaction, Office office, string? given, bool register, CancellationToken cancellationToken)
    {
        var level = EnumNames.Of(office.Level!.Value);
        var known = await KnownAsync(connection, transaction, office, cancellationToken).ConfigureAwait(false);
        if (given is null)
        {
            return known is null
                ? (null, $"the office \"{office.Name}\" has not issued acts yet: give its registration index once (\"2-11\"), which heads its numbers")
                : (known, null);
        }

        if (known is not null && known != given)
        {
            return (null, $"the office \"{office.Name}\" issues under the index {known}, not {given}");
        }

        var registeredLevel = (string?)await Sql.ScalarAsync(connection, transaction, "SELECT level FROM offices WHERE code = @code", [("code", given)], cancellationToken).ConfigureAwait(false);
        if (registeredLevel is not null && registeredLevel != level)
        {
            return (null, $"the office index {given} belongs to an office of level {registeredLevel}, but the act's office is {level}");
        }

        if (known is not null || !register)
        {
            // The name already stands under this index: its office rows exist, and nothing changes or removes them.
            return (given, null);
        }

        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO offices (code, level) VALUES (@code, @level) ON CONFLICT (code) DO NOTHING", [("code", given), ("level", level)], cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO office_names (name, office_code) VALUES (@name, @code) ON CONFLICT (name) DO NOTHING", [("name", office.Name), ("code", given)], cancellationToken).ConfigureAwait(false);
        var now = await KnownAsync(connection, transaction, office, cancellationToken).ConfigureAwait(false);
        return now == given ? (given, null) : (null, $"the office \"{office.Name}\" issues under the index {now}, not {given}");
    }

    private static async Task<string?> KnownAsync(DbConnection connection, DbTransaction? transaction, Office office, CancellationToken cancellationToken) =>
        (string?)await Sql.ScalarAsync(connection, transaction, "SELECT office_code FROM office_names WHERE name = @name", [("name", office.Name)], cancellationToken).ConfigureAwait(false);
}
