using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>Reads and writes <c>people</c> rows and their <c>person_roles</c>.</summary>
internal static class PersonRows
{
    private const string Columns =
        "login, office_code, surname, given_name, patronymic, title_kk, title_ru, position, class_rank, iin, phone, " +
        "password_hash, disabled, must_change_password, failed_sign_ins, locked_until, added_by, added_at";

    /// <summary>The people a WHERE clause selects, by login, each with the hash of its password (or null).</summary>
    public static async Task<List<(Person Person, string? PasswordHash)>> SelectAsync(
        DbConnection connection,
        DbTransaction? transaction,
        string where,
        IReadOnlyList<(string Name, object? Value)> parameters,
        CancellationToken cancellationToken)
    {
        var roles = await RolesAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        return await Sql.ListAsync(
            connection,
            transaction,
            $"SELECT {Columns} FROM people WHERE {where} ORDER BY login",
            parameters,
            reader => Read(reader, roles),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The full names ("Surname Given-name Patronymic", <see cref="Person.FullName"/>) of the people with
    /// these logins, by login: one query, for the lists that name the people of many drafts or acts.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(DbConnection connection, IReadOnlyList<string> logins, CancellationToken cancellationToken)
    {
        var parameters = logins.Select((login, index) => ($"login{index}", (object?)login)).ToList();
        var rows = await Sql.ListAsync(
            connection,
            null,
            $"SELECT login, surname, given_name, patronymic FROM people WHERE login IN ({string.Join(", ", parameters.Select(parameter => "@" + parameter.Item1))})",
            parameters,
            reader => (Login: reader.GetString(0), Name: Person.FullNameOf(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))),
            cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Login, row => row.Name, StringComparer.Ordinal);
    }

    /// <summary>The person with a login, with the hash of the password, or null.</summary>
    public static async Task<(Person Person, string? PasswordHash)?> FindAsync(DbConnection connection, DbTransaction? transaction, string login, CancellationToken cancellationToken) =>
        await FindAsync(connection, transaction, login, withOffice: false, cancellationToken).ConfigureAwait(false) is { } found ? (found.Person, found.PasswordHash) : null;

    /// <summary>
    /// The person with a login, with the hash of the password and, where <paramref name="withOffice"/> is set, the
    /// office the person belongs to (null where none, or none registered), or null: one command of two or three
    /// statements, because a person is found at every request (the session) and twice per decision.
    /// </summary>
    public static Task<(Person Person, string? PasswordHash, RegisteredOffice? Office)?> FindAsync(DbConnection connection, DbTransaction? transaction, string login, bool withOffice, CancellationToken cancellationToken) =>
        Find(login, withOffice).RunAsync(connection, transaction, cancellationToken);

    /// <summary>The read of <see cref="FindAsync(DbConnection, DbTransaction?, string, bool, CancellationToken)"/>, to send with others.</summary>
    public static SqlRead<(Person Person, string? PasswordHash, RegisteredOffice? Office)?> Find(string login, bool withOffice) => new(
        new SqlStatement(
            // Only this login's roles.
            $"SELECT role FROM person_roles WHERE login = @login; SELECT {Columns} FROM people WHERE login = @login" +
            (withOffice ? $"; SELECT {OfficeRows.Columns} FROM offices WHERE code = (SELECT office_code FROM people WHERE login = @login)" : string.Empty),
            [("login", login)]),
        async (reader, cancellationToken) =>
        {
            var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [login] = await Sql.RowsAsync(reader!, row => row.Text("role"), cancellationToken).ConfigureAwait(false) };
            await reader!.NextResultAsync(cancellationToken).ConfigureAwait(false);
            var found = await Sql.RowsAsync(reader, row => Read(row, roles), cancellationToken).ConfigureAwait(false);
            RegisteredOffice? office = null;
            if (withOffice && await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
                office = (await Sql.RowsAsync(reader, OfficeRows.Read, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            }

            return found.Count == 1 ? (found[0].Item1, found[0].Item2, office) : null;
        });

    /// <summary>Every role row, by login; a role name this program does not know is kept as a problem for audit verify to report.</summary>
    public static async Task<Dictionary<string, List<string>>> RolesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(connection, transaction, "SELECT login, role FROM person_roles", null, reader => (Login: reader.Text("login"), Role: reader.Text("role")), cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(row => row.Login, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Select(row => row.Role).ToList(), StringComparer.Ordinal);
    }

    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, Person person, string? passwordHash, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(
            connection,
            transaction,
            $"INSERT INTO people ({Columns}) VALUES (@login, @office, @surname, @given, @patronymic, @kk, @ru, @position, @rank, @iin, @phone, @hash, @disabled, @change, @failed, @locked, @by, @at)",
            [
                ("login", person.Login), ("office", person.OfficeCode), ("surname", person.Surname), ("given", person.GivenName),
                ("patronymic", person.Patronymic), ("kk", person.TitleKk), ("ru", person.TitleRu), ("position", person.Position is { } position ? EnumNames.Of(position) : null),
                ("rank", person.Rank is { } rank ? EnumNames.Of(rank) : null), ("iin", person.Iin), ("phone", person.Phone), ("hash", passwordHash),
                ("disabled", person.Disabled), ("change", person.MustChangePassword), ("failed", person.FailedSignIns),
                ("locked", person.LockedUntil), ("by", person.AddedBy), ("at", person.AddedAt),
            ],
            cancellationToken).ConfigureAwait(false);
        await SetRolesAsync(connection, transaction, person.Login, [], person.Roles, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the role rows of a login held before with the ones held after.</summary>
    public static async Task SetRolesAsync(DbConnection connection, DbTransaction transaction, string login, IReadOnlyList<PersonRole> before, IReadOnlyList<PersonRole> after, CancellationToken cancellationToken)
    {
        foreach (var role in before.Except(after))
        {
            await Sql.ExecuteAsync(connection, transaction, "DELETE FROM person_roles WHERE login = @login AND role = @role", [("login", login), ("role", EnumNames.Of(role))], cancellationToken).ConfigureAwait(false);
        }

        foreach (var role in after.Except(before))
        {
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO person_roles (login, role) VALUES (@login, @role)", [("login", login), ("role", EnumNames.Of(role))], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The roles in declaration order, without repeats.</summary>
    public static IReadOnlyList<PersonRole> Ordered(IEnumerable<PersonRole> roles) => [.. roles.Distinct().Order()];

    private static (Person, string?) Read(DbDataReader reader, Dictionary<string, List<string>> roles)
    {
        var login = reader.Text("login");
        var person = new Person(
            login,
            reader.NullableText("office_code"),
            reader.Text("surname"),
            reader.Text("given_name"),
            reader.NullableText("patronymic"),
            reader.Text("title_kk"),
            reader.Text("title_ru"),
            reader.NullableText("position") is { } position ? Parse<SignatoryPosition>(position) : null,
            reader.NullableText("class_rank") is { } rank ? Parse<ClassRank>(rank) : null,
            reader.NullableText("iin"),
            reader.NullableText("phone"),
            Ordered(roles.GetValueOrDefault(login, []).Select(Parse<PersonRole>)),
            reader.Flag("disabled"),
            reader.Flag("must_change_password"),
            !reader.IsDBNull(reader.GetOrdinal("password_hash")),
            reader.Int32("failed_sign_ins"),
            reader.NullableTimestamp("locked_until"),
            reader.Text("added_by"),
            reader.Timestamp("added_at"));
        return (person, reader.NullableText("password_hash"));
    }

    private static T Parse<T>(string name) where T : struct, Enum =>
        EnumNames.TryParse<T>(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(T).Name} the register writes");
}
