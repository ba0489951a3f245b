using System.Data.Common;
using Microsoft.AspNetCore.Identity;

namespace Supervision.Register;

/// <summary>
/// Signing people in (<see cref="ActRegister.SignIns"/>): checking a password against its stored hash,
/// counting failures and locking a login after <see cref="SignInPolicy.MaxFailures"/> of them, changing a
/// password, and the first administrator of a fresh register. The counters are not audited (they change
/// at every attempt); a password change is, as a digest of the new hash.
/// </summary>
public sealed class SignIns
{
    private static readonly PasswordHasher<Person> Hasher = new();

    /// <summary>A hash to check unknown logins against, so that they take as long as known ones.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(null!, "decoy password, never a real one"));

    private readonly IRegisterStore _store;
    private readonly TimeProvider _clock;

    internal SignIns(IRegisterStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    /// <summary>Checks a login and password, counting the failure or resetting the count.</summary>
    public async Task<SignInOutcome> SignInAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(password);
        var now = _clock.GetUtcNow();
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var found = await PersonRows.FindAsync(connection, transaction, PersonChecks.Login(login), cancellationToken).ConfigureAwait(false);
        if (found is not { } row)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            return new SignInOutcome.Refused();
        }

        var person = row.Person;
        if (person.LockedUntil is { } until && until > now)
        {
            return new SignInOutcome.LockedOut(until);
        }

        var verified = row.PasswordHash is { } hash && password.Length <= Passwords.MaxLength
            && Hasher.VerifyHashedPassword(person, hash, password) != PasswordVerificationResult.Failed;
        SignInOutcome outcome;
        if (verified && !person.Disabled)
        {
            person = person with { FailedSignIns = 0, LockedUntil = null };
            outcome = new SignInOutcome.SignedIn(person);
        }
        else
        {
            var failures = person.FailedSignIns + 1;
            person = failures >= SignInPolicy.MaxFailures
                ? person with { FailedSignIns = 0, LockedUntil = Canonical.Truncate(now + SignInPolicy.LockoutPeriod) }
                : person with { FailedSignIns = failures, LockedUntil = null };
            outcome = person.LockedUntil is { } locked ? new SignInOutcome.LockedOut(locked) : new SignInOutcome.Refused();
        }

        await Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE people SET failed_sign_ins = @failed, locked_until = @locked WHERE login = @login",
            [("failed", person.FailedSignIns), ("locked", person.LockedUntil), ("login", person.Login)],
            cancellationToken).ConfigureAwait(false);
        // Committed untimed: a failure for a known login writes here and an unknown login writes nothing, so a
        // sign-in's stage timings (the Server-Timing header) would tell a stranger which logins exist.
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>
    /// A person changes their own password: the current one must be right, the new one long enough and
    /// different. The must-change mark is cleared, and the change is audited with the login as actor.
    /// </summary>
    public async Task<PersonOutcome> ChangePasswordAsync(string login, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(currentPassword);
        ArgumentNullException.ThrowIfNull(newPassword);
        if (Passwords.Problem(newPassword) is { } weak)
        {
            return new PersonOutcome.Refused(weak with { Field = "newPassword" });
        }

        if (newPassword == currentPassword)
        {
            return new PersonOutcome.Refused(new InputProblem("newPassword", "is the current password; choose another"));
        }

        return await AuditedWrite.RunAsync<PersonOutcome>(
            _store,
            async (connection, transaction) =>
            {
                var found = await PersonRows.FindAsync(connection, transaction, PersonChecks.Login(login), cancellationToken).ConfigureAwait(false);
                if (found is not { PasswordHash: { } hash } row || row.Person.Disabled
                    || Hasher.VerifyHashedPassword(row.Person, hash, currentPassword) == PasswordVerificationResult.Failed)
                {
                    return (new PersonOutcome.Refused(new InputProblem("currentPassword", "is not the current password")), false);
                }

                var after = row.Person with { MustChangePassword = false };
                var newHash = Passwords.Hash(after, newPassword);
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE people SET password_hash = @hash, must_change_password = @change WHERE login = @login",
                    [("hash", newHash), ("change", false), ("login", after.Login)],
                    cancellationToken).ConfigureAwait(false);
                await AppendAsync(connection, transaction, after.Login, AuditEntry.ChangePassword, after, newHash, cancellationToken).ConfigureAwait(false);
                return (new PersonOutcome.Done(after), true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// On a register with no person at all, adds the administrator account <c>admin</c>: role admin, no
    /// office (it registers offices and people, it does not sign), a random one-time password that must be
    /// changed at the first sign-in. Returns that password, to be shown once; null where anyone exists.
    /// </summary>
    public async Task<string?> AddFirstAdministratorAsync(CancellationToken cancellationToken = default)
    {
        var password = OneTimePassword.Create();
        return await AuditedWrite.RunAsync(
            _store,
            async (connection, transaction) =>
            {
                var anyone = await Sql.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM people", null, cancellationToken).ConfigureAwait(false);
                if (Convert.ToInt64(anyone, System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    return ((string?)null, false);
                }

                var admin = new Person(
                    FirstAdministrator.Login, null, FirstAdministrator.Surname, string.Empty, null, FirstAdministrator.TitleKk, FirstAdministrator.TitleRu,
                    null, null, null, null, [PersonRole.Admin], Disabled: false, MustChangePassword: true, HasPassword: true,
                    FailedSignIns: 0, LockedUntil: null, Principal.System.Name, Canonical.Truncate(_clock.GetUtcNow()));
                var hash = Passwords.Hash(admin, password);
                await PersonRows.InsertAsync(connection, transaction, admin, hash, cancellationToken).ConfigureAwait(false);
                await AppendAsync(connection, transaction, admin.AddedBy, AuditEntry.AddPerson, admin, hash, cancellationToken).ConfigureAwait(false);
                return (password, true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private Task<AuditEntry> AppendAsync(DbConnection connection, DbTransaction transaction, string actor, string action, Person person, string passwordHash, CancellationToken cancellationToken) =>
        AuditChain.AppendAsync(_store, connection, transaction, (actor, action, $"person {person.Login}", AuditPayloads.Person(person, passwordHash), _clock.GetUtcNow()), cancellationToken);
}
