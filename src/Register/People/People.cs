using System.Data.Common;
using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// The people of the register (<see cref="ActRegister.People"/>): who they are, where they work, what
/// they may do. Every change — adding, disabling, granting or taking roles — appends an audit entry
/// with the person's whole state (never the password or its hash) in the same transaction.
/// </summary>
public sealed class People
{
    private readonly IRegisterStore _store;
    private readonly TimeProvider _clock;
    private readonly ActPolicy _policy;

    internal People(IRegisterStore store, TimeProvider clock, ActPolicy policy)
    {
        _store = store;
        _clock = clock;
        _policy = policy;
    }

    /// <summary>Every person, or those of one office, by login.</summary>
    public async Task<IReadOnlyList<Person>> ListAsync(string? officeCode = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = officeCode is null
            ? await PersonRows.SelectAsync(connection, null, "1 = 1", [], cancellationToken).ConfigureAwait(false)
            : await PersonRows.SelectAsync(connection, null, "office_code = @office", [("office", officeCode)], cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => row.Person)];
    }

    /// <summary>The full names of the people with these logins (null ones and a client's name have none). For lists that
    /// show who drafted and signed, instead of logins: one query, however long the list.</summary>
    public async Task<PersonNames> NamesAsync(IEnumerable<string?> logins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logins);
        var wanted = logins.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return PersonNames.None;
        }

        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new PersonNames(await PersonRows.NamesAsync(connection, wanted, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The person with a login (in any case), or null.</summary>
    public async Task<Person?> FindAsync(string login, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(login);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await PersonRows.FindAsync(connection, null, PersonChecks.Login(login), cancellationToken).ConfigureAwait(false))?.Person;
    }

    /// <summary>
    /// Adds a person. Refuses a field of the wrong form (the IIN's check digit included), a login or IIN
    /// already in the register, an unknown office, and a signatory or approver role the act policy
    /// never gives the position at the office's level. A password given is stored hashed, and the
    /// person must change it at the first sign-in.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="addedBy">Who adds the person (the audit entry's actor).</param>
    /// <param name="cancellationToken">Cancels the addition (nothing is stored).</param>
    public async Task<PersonOutcome> AddAsync(NewPerson person, string addedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (PersonChecks.Problem(person, addedBy) is { } problem)
        {
            return new PersonOutcome.Refused(problem);
        }

        var added = new Person(
            PersonChecks.Login(person.Login),
            person.OfficeCode,
            FieldText.Clean(person.Surname),
            FieldText.Clean(person.GivenName),
            string.IsNullOrWhiteSpace(person.Patronymic) ? null : FieldText.Clean(person.Patronymic),
            FieldText.Clean(person.TitleKk),
            FieldText.Clean(person.TitleRu),
            person.Position,
            person.Rank,
            person.Iin.Trim(),
            string.IsNullOrWhiteSpace(person.Phone) ? null : person.Phone.Trim(),
            PersonRows.Ordered(person.Roles),
            Disabled: false,
            MustChangePassword: person.Password is not null,
            HasPassword: person.Password is not null,
            FailedSignIns: 0,
            LockedUntil: null,
            addedBy.Trim(),
            Canonical.Truncate(_clock.GetUtcNow()));
        var hash = person.Password is { } password ? Passwords.Hash(added, password) : null;
        return await AuditedWrite.RunAsync<PersonOutcome>(
            _store,
            async (connection, transaction) =>
            {
                if (await RefusalAsync(connection, transaction, added, cancellationToken).ConfigureAwait(false) is { } refusal)
                {
                    return (new PersonOutcome.Refused(refusal), false);
                }

                await PersonRows.InsertAsync(connection, transaction, added, hash, cancellationToken).ConfigureAwait(false);
                await AppendAsync(connection, transaction, added.AddedBy, AuditEntry.AddPerson, added, hash, added.AddedAt, cancellationToken).ConfigureAwait(false);
                return (new PersonOutcome.Done(added), true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disables a person: the login stays (acts and the audit trail name it) but may no longer be used.</summary>
    public Task<PersonOutcome> DisableAsync(string login, string disabledBy, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            login,
            disabledBy,
            AuditEntry.DisablePerson,
            async (connection, transaction, person) =>
            {
                if (person.Disabled)
                {
                    return (null, new InputProblem("login", $"{person.Login} is disabled already"));
                }

                await Sql.ExecuteAsync(connection, transaction, "UPDATE people SET disabled = @disabled WHERE login = @login", [("disabled", true), ("login", person.Login)], cancellationToken).ConfigureAwait(false);
                return (person with { Disabled = true }, null);
            },
            cancellationToken);

    /// <summary>
    /// Grants and takes roles. Refuses an unknown login, a role both granted and taken, a signatory or
    /// approver role the act policy never gives the person's position at the office's level, and a
    /// change that changes nothing.
    /// </summary>
    public Task<PersonOutcome> ChangeRolesAsync(string login, IReadOnlyList<PersonRole> add, IReadOnlyList<PersonRole> remove, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        return ChangeAsync(
            login,
            changedBy,
            AuditEntry.ChangeRoles,
            async (connection, transaction, person) =>
            {
                var both = add.Intersect(remove).ToList();
                if (both.Count > 0)
                {
                    return (null, new InputProblem("roles", $"the role {EnumNames.Of(both[0])} is both granted and taken"));
                }

                var after = PersonRows.Ordered(person.Roles.Union(add).Except(remove));
                if (after.SequenceEqual(person.Roles))
                {
                    return (null, new InputProblem("roles", $"nothing to change: {person.Login} holds {Roles(person.Roles)}"));
                }

                if (person.OfficeCode is null || person.Position is not { } position)
                {
                    // The administrator account belongs to no office and holds no position: no role needs the act policy's authority.
                    var needing = add.Where(role => role is PersonRole.Signatory or PersonRole.Approver).ToList();
                    if (needing.Count > 0)
                    {
                        return (null, new InputProblem("roles", $"the role {EnumNames.Of(needing[0])} is refused: {person.Login} has no office and no position to sign or approve in"));
                    }
                }
                else
                {
                    var office = await OfficeRows.FindAsync(connection, transaction, person.OfficeCode, cancellationToken).ConfigureAwait(false)
                        ?? throw RegisterException.Damaged($"the office {person.OfficeCode} of {person.Login} is not in the register: run audit verify");
                    if (RoleAuthority.Refusal(_policy, add.Except(person.Roles), position, office.Level) is { } refused)
                    {
                        return (null, refused);
                    }
                }

                await PersonRows.SetRolesAsync(connection, transaction, person.Login, person.Roles, after, cancellationToken).ConfigureAwait(false);
                return (person with { Roles = after }, null);
            },
            cancellationToken);
    }

    /// <summary>The stored hash of a person's password, or null: for tests, and the sign-in to come.</summary>
    internal async Task<string?> PasswordHashAsync(string login, CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await PersonRows.FindAsync(connection, null, PersonChecks.Login(login), cancellationToken).ConfigureAwait(false))?.PasswordHash;
    }

    private static string Roles(IReadOnlyList<PersonRole> roles) =>
        roles.Count == 0 ? "no role" : string.Join(", ", roles.Select(EnumNames.Of));

    /// <summary>What the register's present state refuses to a new person: an unknown office, a role without authority, a login or IIN taken.</summary>
    private async Task<InputProblem?> RefusalAsync(DbConnection connection, DbTransaction transaction, Person person, CancellationToken cancellationToken)
    {
        var office = person.OfficeCode is null ? null : await OfficeRows.FindAsync(connection, transaction, person.OfficeCode, cancellationToken).ConfigureAwait(false);
        if (office is null)
        {
            return new InputProblem("officeCode", $"no office has the index {person.OfficeCode}: register it first (office add)");
        }

        if (RoleAuthority.Refusal(_policy, person.Roles, person.Position!.Value, office.Level) is { } refused)
        {
            return refused;
        }

        if (await PersonRows.FindAsync(connection, transaction, person.Login, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new InputProblem("login", $"the login {person.Login} is taken");
        }

        var holder = (string?)await Sql.ScalarAsync(connection, transaction, "SELECT login FROM people WHERE iin = @iin", [("iin", person.Iin)], cancellationToken).ConfigureAwait(false);
        return holder is null ? null : new InputProblem("iin", $"the IIN {person.Iin} is the person {holder}'s already");
    }

    /// <summary>One change of an existing person: found by login, changed by <paramref name="change"/>, audited with the state after.</summary>
    private async Task<PersonOutcome> ChangeAsync(
        string login,
        string changedBy,
        string action,
        Func<DbConnection, DbTransaction, Person, Task<(Person? After, InputProblem? Problem)>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        if (string.IsNullOrWhiteSpace(changedBy))
        {
            return new PersonOutcome.Refused(new InputProblem("changedBy", "who makes the change must be named"));
        }

        return await AuditedWrite.RunAsync<PersonOutcome>(
            _store,
            async (connection, transaction) =>
            {
                var found = await PersonRows.FindAsync(connection, transaction, PersonChecks.Login(login), cancellationToken).ConfigureAwait(false);
                if (found is not { } row)
                {
                    return (new PersonOutcome.Refused(new InputProblem("login", $"no person has the login {login}")), false);
                }

                var (after, problem) = await change(connection, transaction, row.Person).ConfigureAwait(false);
                if (after is null)
                {
                    return (new PersonOutcome.Refused(problem!), false);
                }

                await AppendAsync(connection, transaction, changedBy.Trim(), action, after, row.PasswordHash, Canonical.Truncate(_clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                return (new PersonOutcome.Done(after), true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private Task<AuditEntry> AppendAsync(DbConnection connection, DbTransaction transaction, string actor, string action, Person person, string? passwordHash, DateTimeOffset at, CancellationToken cancellationToken) =>
        AuditChain.AppendAsync(_store, connection, transaction, (actor, action, $"person {person.Login}", AuditPayloads.Person(person, passwordHash), at), cancellationToken);
}
