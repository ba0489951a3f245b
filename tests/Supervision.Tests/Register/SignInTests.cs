using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>The register's sign-in bookkeeping and machine clients, on SQLite and PostgreSQL.</summary>
public abstract class SignInTests : RegisterProviderTests
{
    private const string FirstPassword = "көктем-2025-Сарыарқа";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiveWrongPasswordsLockTheLoginForFifteenMinutesByTheRegistersClockAndTheRightOneThenOpensIt()
    {
        await using var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);
        await database.Register.People.AddAsync(Staff.Deputy() with { Password = FirstPassword }, Staff.Admin, Cancellation);
        var signIns = database.Register.SignIns;

        var failures = new List<SignInOutcome>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            failures.Add(await signIns.SignInAsync("d.abdirakhmanov", "wrong password here", Cancellation));
        }

        var whileLocked = await signIns.SignInAsync("d.abdirakhmanov", FirstPassword, Cancellation);
        database.Clock.Set(database.Clock.GetUtcNow() + SignInPolicy.LockoutPeriod);
        var after = await signIns.SignInAsync("D.Abdirakhmanov", FirstPassword, Cancellation);

        Assert.All(failures.Take(4), outcome => Assert.IsType<SignInOutcome.Refused>(outcome));
        var locked = Assert.IsType<SignInOutcome.LockedOut>(failures[4]);
        Assert.Equal(database.Clock.GetUtcNow(), locked.Until); // the clock was moved on by the lockout period
        Assert.IsType<SignInOutcome.LockedOut>(whileLocked);
        var person = Assert.IsType<SignInOutcome.SignedIn>(after).Person;
        Assert.True(person.MustChangePassword);
        Assert.Equal((0, (DateTimeOffset?)null), (person.FailedSignIns, person.LockedUntil));
    }

    [Fact]
    public async Task APasswordChangeIsAuditedClearsTheMustChangeMarkAndTheOldPasswordNoLongerWorks()
    {
        await using var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);
        await database.Register.People.AddAsync(Staff.Deputy() with { Password = FirstPassword }, Staff.Admin, Cancellation);
        var signIns = database.Register.SignIns;

        var wrongCurrent = await signIns.ChangePasswordAsync("d.abdirakhmanov", "not the password", "a new long password", Cancellation);
        var tooShort = await signIns.ChangePasswordAsync("d.abdirakhmanov", FirstPassword, "short", Cancellation);
        var changed = await signIns.ChangePasswordAsync("d.abdirakhmanov", FirstPassword, "a new long password", Cancellation);
        var old = await signIns.SignInAsync("d.abdirakhmanov", FirstPassword, Cancellation);
        var report = await database.Register.VerifyAuditAsync(cancellationToken: Cancellation);

        Assert.Equal("currentPassword", Assert.IsType<PersonOutcome.Refused>(wrongCurrent).Problem.Field);
        Assert.Equal("newPassword", Assert.IsType<PersonOutcome.Refused>(tooShort).Problem.Field);
        Assert.False(Assert.IsType<PersonOutcome.Done>(changed).Person.MustChangePassword);
        Assert.IsType<SignInOutcome.Refused>(old);
        Assert.True(report.Holds, report.Broken?.ToString());
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'change-password'"));
    }

    [Fact]
    public async Task AFreshRegisterGetsOneAdministratorWithoutAnOfficeAndOnlyOnce()
    {
        await using var database = await CreateAsync();

        var password = await database.Register.SignIns.AddFirstAdministratorAsync(Cancellation);
        var again = await database.Register.SignIns.AddFirstAdministratorAsync(Cancellation);
        var admin = Assert.IsType<SignInOutcome.SignedIn>(await database.Register.SignIns.SignInAsync("admin", password!, Cancellation)).Person;
        var report = await database.Register.VerifyAuditAsync(cancellationToken: Cancellation);

        Assert.Matches("^[a-z2-9]{5}(-[a-z2-9]{5}){3}$", password);
        Assert.Null(again);
        Assert.Equal([PersonRole.Admin], admin.Roles);
        Assert.Equal(((string?)null, true), (admin.OfficeCode, admin.MustChangePassword));
        Assert.True(report.Holds, report.Broken?.ToString());
    }

    [Fact]
    public async Task AClientKeyIsShownOnceStoredAsADigestAndRefusedOnceRevoked()
    {
        await using var database = await CreateAsync();
        var clients = database.Register.Clients;

        var added = Assert.IsType<ClientOutcome.Done>(await clients.AddAsync("ERP", null, [ClientScope.RegisterRead, ClientScope.ActsRender], Staff.Admin, Cancellation));
        var taken = Assert.IsType<ClientOutcome.Refused>(await clients.AddAsync("erp", null, [ClientScope.ActsRender], Staff.Admin, Cancellation));
        var found = await clients.AuthenticateAsync(added.Key!, Cancellation);
        Assert.IsType<ClientOutcome.Done>(await clients.RevokeAsync("erp", Staff.Admin, Cancellation));
        var afterRevoke = await clients.AuthenticateAsync(added.Key!, Cancellation);
        var report = await database.Register.VerifyAuditAsync(cancellationToken: Cancellation);

        Assert.Equal("erp", found!.Name);
        Assert.Equal([ClientScope.ActsRender, ClientScope.RegisterRead], found.Scopes);
        Assert.Equal("name", taken.Problem.Field);
        Assert.Null(afterRevoke);
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(added.Key!)));
        Assert.Equal(1, await database.CountAsync($"SELECT COUNT(*) FROM clients WHERE key_sha256 = '{digest}'"));
        Assert.True(report.Holds, report.Broken?.ToString());
        await database.ExecuteAsync("UPDATE clients SET scopes = 'acts:render register:read templates:read'");
        Assert.Contains("client erp", (await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken?.Subject, StringComparison.Ordinal);
    }
}

public sealed class SqliteSignInTests : SignInTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresSignInTests : SignInTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
