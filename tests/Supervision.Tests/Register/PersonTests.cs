using Microsoft.AspNetCore.Identity;
using Supervision.Register;

namespace Supervision.Tests.Register;

public abstract class PersonTests : RegisterProviderTests
{
    private const string FirstPassword = "көктем-2025-Сарыарқа";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<TestRegister> StaffedAsync()
    {
        var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);
        return database;
    }

    private static async Task<PersonOutcome> AddAsync(TestRegister database, NewPerson person) =>
        await database.Register.People.AddAsync(person, Staff.Admin, Cancellation);

    [Fact]
    public async Task APersonIsAddedWithALowercaseLoginAndListedByOffice()
    {
        await using var database = await StaffedAsync();

        var added = Assert.IsType<PersonOutcome.Done>(await AddAsync(database, Staff.Deputy() with { Login = " D.Abdirakhmanov " })).Person;

        Assert.Equal("d.abdirakhmanov", added.Login);
        Assert.Equal("Әбдірахманов Даурен Қайратұлы", added.FullName);
        Assert.Equal([PersonRole.Drafter, PersonRole.Signatory], added.Roles);
        Assert.False(added.HasPassword || added.MustChangePassword || added.Disabled);
        Assert.Equivalent(added, await database.Register.People.FindAsync("D.ABDIRAKHMANOV", Cancellation), strict: true);
        Assert.Equivalent(new[] { added }, await database.Register.People.ListAsync(Office, Cancellation), strict: true);
        Assert.Empty(await database.Register.People.ListAsync(Staff.Regional, Cancellation));
    }

    [Fact]
    public async Task AnAssistantOfADistrictOfficeMayNotApproveButTheHeadMay()
    {
        await using var database = await StaffedAsync();

        var assistant = Assert.IsType<PersonOutcome.Refused>(await AddAsync(database, Staff.Assistant(PersonRole.Drafter, PersonRole.Approver))).Problem;
        var head = Assert.IsType<PersonOutcome.Done>(await AddAsync(database, Staff.Head(PersonRole.Signatory, PersonRole.Approver))).Person;

        Assert.Equal(("roles", "the role approver is refused: the act policy lets no assistant of a district office approve any act"), (assistant.Field, assistant.Message));
        Assert.Equal([PersonRole.Signatory, PersonRole.Approver], head.Roles);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM people"));
    }

    [Fact]
    public async Task AnAssistantMaySignBecauseThePolicyLetsAssistantsSignConclusions()
    {
        await using var database = await StaffedAsync();

        var assistant = Assert.IsType<PersonOutcome.Done>(await AddAsync(database, Staff.Assistant(PersonRole.Signatory))).Person;

        Assert.Equal([PersonRole.Signatory], assistant.Roles);
    }

    [Fact]
    public async Task APasswordIsStoredHashedAndMustBeChanged()
    {
        await using var database = await StaffedAsync();

        var added = Assert.IsType<PersonOutcome.Done>(await AddAsync(database, Staff.Deputy() with { Password = FirstPassword })).Person;
        var hash = (await database.Register.People.PasswordHashAsync(added.Login, Cancellation))!;

        Assert.True(added.HasPassword && added.MustChangePassword);
        Assert.DoesNotContain(FirstPassword, hash, StringComparison.Ordinal);
        var hasher = new PasswordHasher<Person>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(added, hash, FirstPassword));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(added, hash, FirstPassword + "!"));
        Assert.Equal(0, await database.CountAsync($"SELECT COUNT(*) FROM audit_log WHERE payload LIKE '%{hash[..20]}%' OR payload LIKE '%{FirstPassword}%'"));
    }

    [Fact]
    public async Task BadFieldsAreRefusedNamingTheField()
    {
        await using var database = await StaffedAsync();
        Assert.IsType<PersonOutcome.Done>(await AddAsync(database, Staff.Deputy()));

        async Task<InputProblem> Refused(NewPerson person) => Assert.IsType<PersonOutcome.Refused>(await AddAsync(database, person)).Problem;

        var login = await Refused(Staff.Deputy() with { Iin = Staff.HeadIin });
        var iin = await Refused(Staff.Head(PersonRole.Drafter) with { Iin = Staff.DeputyIin });
        var password = await Refused(Staff.Head(PersonRole.Drafter) with { Password = "short" });

        Assert.Equal(("login", "the login d.abdirakhmanov is taken"), (login.Field, login.Message));
        Assert.Equal(("iin", "the IIN 900715400567 is the person d.abdirakhmanov's already"), (iin.Field, iin.Message));
        Assert.Equal(("password", "is 5 characters long; at least 12"), (password.Field, password.Message));
        Assert.Equal("officeCode", (await Refused(Staff.Head(PersonRole.Drafter) with { OfficeCode = "7-77" })).Field);
        Assert.Equal("login", (await Refused(Staff.Head(PersonRole.Drafter) with { Login = "1abc" })).Field);
        Assert.Equal("givenName", (await Refused(Staff.Head(PersonRole.Drafter) with { GivenName = "Ержан2" })).Field);
        Assert.Equal("phone", (await Refused(Staff.Head(PersonRole.Drafter) with { Phone = "71-25-14" })).Field);
        Assert.Equal("roles", (await Refused(Staff.Head())).Field);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM people"));
    }

    [Fact]
    public async Task ANameTypedWithACombiningMarkIsStoredPrecomposedSoItCompares()
    {
        await using var database = await StaffedAsync();

        // "й" typed as "и" and U+0306 COMBINING BREVE: a letter and a mark, which the name check alone would refuse.
        var added = Assert.IsType<PersonOutcome.Done>(await AddAsync(database, Staff.Deputy() with { Patronymic = "Қаи\u0306ратұлы" })).Person;

        Assert.Equal("Әбдірахманов Даурен Қайратұлы", added.FullName);
        Assert.Equal("Қайратұлы", (await database.Register.People.FindAsync(added.Login, Cancellation))!.Patronymic);
    }

    [Fact]
    public async Task InvisibleAndBidiCharactersInAPersonsFieldsAreRefusedNamingCharacterAndPosition()
    {
        await using var database = await StaffedAsync();

        async Task<InputProblem> Refused(NewPerson person) => Assert.IsType<PersonOutcome.Refused>(await AddAsync(database, person)).Problem;

        var title = await Refused(Staff.Deputy() with { TitleRu = "Заместитель\u202E прокурора" });
        var surname = await Refused(Staff.Deputy() with { Surname = "Әбдірах\u200Bманов" });

        Assert.Equal(("titleRu", "contains an invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 12"), (title.Field, title.Message));
        Assert.Equal(("surname", "contains an invisible character U+200B ZERO WIDTH SPACE at position 8"), (surname.Field, surname.Message));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM people"));
    }

    [Fact]
    public async Task DisablingAndChangingRolesAreAuditedAndRefusedWhereTheyChangeNothing()
    {
        await using var database = await StaffedAsync();
        var people = database.Register.People;
        Assert.IsType<PersonOutcome.Done>(await AddAsync(database, Staff.Assistant(PersonRole.Drafter)));
        var entries = await database.CountAsync("SELECT COUNT(*) FROM audit_log");

        var granted = Assert.IsType<PersonOutcome.Done>(await people.ChangeRolesAsync("g.saparova", [PersonRole.Controller, PersonRole.Auditor], [PersonRole.Drafter], Staff.Admin, Cancellation)).Person;
        var approver = Assert.IsType<PersonOutcome.Refused>(await people.ChangeRolesAsync("g.saparova", [PersonRole.Approver], [], Staff.Admin, Cancellation)).Problem;
        var nothing = Assert.IsType<PersonOutcome.Refused>(await people.ChangeRolesAsync("g.saparova", [PersonRole.Auditor], [], Staff.Admin, Cancellation)).Problem;
        var both = Assert.IsType<PersonOutcome.Refused>(await people.ChangeRolesAsync("g.saparova", [PersonRole.Editor], [PersonRole.Editor], Staff.Admin, Cancellation)).Problem;
        var disabled = Assert.IsType<PersonOutcome.Done>(await people.DisableAsync("g.saparova", Staff.Admin, Cancellation)).Person;
        var again = Assert.IsType<PersonOutcome.Refused>(await people.DisableAsync("g.saparova", Staff.Admin, Cancellation)).Problem;
        var unknown = Assert.IsType<PersonOutcome.Refused>(await people.DisableAsync("nobody", Staff.Admin, Cancellation)).Problem;

        Assert.Equal([PersonRole.Controller, PersonRole.Auditor], granted.Roles);
        Assert.Contains("approve", approver.Message, StringComparison.Ordinal);
        Assert.Equal("nothing to change: g.saparova holds controller, auditor", nothing.Message);
        Assert.Equal("the role editor is both granted and taken", both.Message);
        Assert.True(disabled.Disabled);
        Assert.Equal("g.saparova is disabled already", again.Message);
        Assert.Equal(("login", "no person has the login nobody"), (unknown.Field, unknown.Message));
        Assert.Equal(entries + 2, await database.CountAsync("SELECT COUNT(*) FROM audit_log"));
        Assert.Equal(2, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE subject = 'person g.saparova' AND action IN ('change-roles', 'disable-person')"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }
}

public sealed class SqlitePersonTests : PersonTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresPersonTests : PersonTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
