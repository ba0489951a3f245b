using static Supervision.Tests.Register.AuditSeq;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>audit verify over offices and people: rows changed, added or deleted behind the application's back.</summary>
public abstract class DirectoryAuditTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The shipped templates (<see cref="AuditSeq.Shipped"/>), then, counted after them, 1–3 the three offices, 4 the deputy, 5 the assistant, 6 the assistant's roles changed.</summary>
    private async Task<TestRegister> StaffedAsync()
    {
        var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.AddAsync(Staff.Deputy() with { Password = "көктем-2025-Сарыарқа" }, Staff.Admin, Cancellation));
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.AddAsync(Staff.Assistant(PersonRole.Drafter), Staff.Admin, Cancellation));
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.ChangeRolesAsync("g.saparova", [PersonRole.Controller], [], Staff.Admin, Cancellation));
        return database;
    }

    private static async Task<AuditBreak?> BrokenAsync(TestRegister database) =>
        (await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;

    [Fact]
    public async Task TheChainHoldsAfterOfficesAndPeopleAreAdded()
    {
        await using var database = await StaffedAsync();

        var report = await database.Register.VerifyAuditAsync(cancellationToken: Cancellation);

        Assert.True(report.Holds, report.Broken?.ToString());
        Assert.Equal(After(6), report.Entries);
    }

    [Fact]
    public async Task ARoleGrantedByRawSqlIsFoundAtThePersonsLastEntry()
    {
        await using var database = await StaffedAsync();

        await database.ExecuteAsync("INSERT INTO person_roles (login, role) VALUES ('g.saparova', 'admin')");

        var broken = (await BrokenAsync(database))!;
        Assert.Equal((After(6), "person g.saparova"), (broken.Seq, broken.Subject));
        Assert.Equal("the stored person differs from the last recorded change (differs in: roles)", broken.Reason);
    }

    [Fact]
    public async Task AnOfficeRepointedByRawSqlIsFoundAtItsRegistration()
    {
        await using var database = await StaffedAsync();

        await database.ExecuteAsync("UPDATE offices SET superior_code = '1' WHERE code = '2-11'");

        var broken = (await BrokenAsync(database))!;
        Assert.Equal((After(3), "office 2-11"), (broken.Seq, broken.Subject));
        Assert.Equal("the stored office differs from its registration (differs in: superior)", broken.Reason);
    }

    [Fact]
    public async Task APersonDisabledOrWithAnotherPasswordByRawSqlIsFound()
    {
        await using var database = await StaffedAsync();

        await database.ExecuteAsync("UPDATE people SET password_hash = 'AQAAAAIAAYagAAAAEForged' WHERE login = 'd.abdirakhmanov'");
        await database.ExecuteAsync("UPDATE people SET disabled = TRUE WHERE login = 'g.saparova'");

        var broken = (await BrokenAsync(database))!;
        Assert.Equal((After(4), "person d.abdirakhmanov"), (broken.Seq, broken.Subject));
        Assert.Contains("passwordDigest", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonDeletedByRawSqlIsFoundAtItsLastEntry()
    {
        await using var database = await StaffedAsync();

        await database.ExecuteAsync("DELETE FROM person_roles WHERE login = 'g.saparova'");
        await database.ExecuteAsync("DELETE FROM people WHERE login = 'g.saparova'");

        var broken = (await BrokenAsync(database))!;
        Assert.Equal((After(6), "the person it records is not in the register (deleted)"), (broken.Seq, broken.Reason));
    }

    [Fact]
    public async Task APersonAddedByRawSqlIsFound()
    {
        await using var database = await StaffedAsync();

        await database.ExecuteAsync(
            "INSERT INTO people (login, office_code, surname, given_name, title_kk, title_ru, position, class_rank, iin, added_by, added_at) " +
            "SELECT 'intruder', office_code, surname, given_name, title_kk, title_ru, 'head', class_rank, '880305500776', added_by, added_at FROM people WHERE login = 'd.abdirakhmanov'");
        await database.ExecuteAsync("INSERT INTO person_roles (login, role) VALUES ('intruder', 'approver')");

        var broken = (await BrokenAsync(database))!;
        Assert.Equal((null, "person intruder", "the person is in the register without an audit entry"), (broken.Seq, broken.Subject, broken.Reason));
    }

    [Fact]
    public async Task AnOfficeRowAddedByRawSqlIsFoundUnlessAnActWasIssuedUnderIt()
    {
        await using var database = await StaffedAsync();
        var act = Example(ActKind.Instruction);
        await IssueAsync(database.Register, act with { Office = act.Office! with { Name = "Прокуратура района Байконур города Астаны" } }, office: "2-20");
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);

        await database.ExecuteAsync("INSERT INTO offices (code, level) VALUES ('2-30', 'district')");

        var broken = (await BrokenAsync(database))!;
        Assert.Equal(("office 2-30", "the office is in the register without an audit entry, and no act was issued under it"), (broken.Subject, broken.Reason));
    }
}

public sealed class SqliteDirectoryAuditTests : DirectoryAuditTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresDirectoryAuditTests : DirectoryAuditTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
