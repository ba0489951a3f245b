using Microsoft.AspNetCore.Identity;
using Supervision.Register;
using Supervision.Tests.Register;

namespace Supervision.Tests.Cli;

/// <summary>office and person on the command line, end to end on a register of their own.</summary>
public abstract class PeopleCommandTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string[] AddDeputy(string db, string iin = Staff.DeputyIin, params string[] more) =>
    [
        "person", "add", "--db", db, "--login", "d.abdirakhmanov", "--office", Office, "--position", "deputy",
        "--rank", "junior-counsellor-of-justice", "--surname", "Әбдірахманов", "--given-name", "Даурен", "--patronymic", "Қайратұлы",
        "--title-kk", "Астана қаласы Сарыарқа ауданы прокурорының орынбасары", "--title-ru", "Заместитель прокурора района Сарыарка города Астаны",
        "--iin", iin, "--role", "drafter", "--role", "signatory", "--by", Staff.Admin, .. more,
    ];

    private static CliRun AddOffices(TestRegister database)
    {
        var db = database.Connection;
        CliRun? last = null;
        foreach (var office in new[] { Staff.GeneralOffice, Staff.RegionalOffice, Staff.DistrictOffice })
        {
            string[] superior = office.SuperiorCode is { } code ? ["--superior", code] : [];
            last = database.Cli(["office", "add", "--db", db, "--index", office.Code, "--level", Acts.EnumNames.Of(office.Level), "--name-kk", office.NameKk, "--name-ru", office.NameRu, .. superior]);
            Assert.True(last.ExitCode == 0, last.Error);
        }

        return last!;
    }

    [Fact]
    public async Task OfficeAddAndListPrintTheOfficesAndRefuseABadSuperiorNamingTheOption()
    {
        await using var database = await CreateAsync();
        var db = database.Connection;

        var district = AddOffices(database);
        var list = database.Cli("office", "list", "--db", db);
        var underGeneral = database.Cli("office", "add", "--db", db, "--index", "2-12", "--level", "district", "--name-kk", "Астана қаласы Есіл ауданының прокуратурасы", "--name-ru", "Прокуратура района Есиль города Астаны", "--superior", "1");
        var badLevel = database.Cli("office", "add", "--db", db, "--index", "2-12", "--level", "city", "--name-kk", "x", "--name-ru", "y", "--superior", "2");
        var noName = database.Cli("office", "add", "--db", db, "--index", "2-12", "--level", "district", "--name-ru", "y", "--superior", "2");

        Assert.Equal("registered 2-11  district  under 2  Прокуратура района Сарыарка города Астаны | Астана қаласы Сарыарқа ауданының прокуратурасы", district.OutputLines.Single());
        Assert.Equal(
            [
                "1  general  top  Генеральная прокуратура Республики Казахстан | Қазақстан Республикасының Бас прокуратурасы",
                "2  regional  under 1  Прокуратура города Астаны | Астана қаласының прокуратурасы",
                "2-11  district  under 2  Прокуратура района Сарыарка города Астаны | Астана қаласы Сарыарқа ауданының прокуратурасы",
                "3 office(s)",
            ],
            list.OutputLines);
        Assert.Equal((2, "error: --superior: the office 1 is general, but a district office stands under a regional one"), (underGeneral.ExitCode, underGeneral.ErrorLines.Single()));
        Assert.Equal(2, badLevel.ExitCode);
        Assert.StartsWith("error: --level 'city' is not one of: general, regional, district", badLevel.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal((2, "error: --name-kk NAME is required"), (noName.ExitCode, noName.ErrorLines[0]));
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM offices"));
    }

    [Fact]
    public async Task PersonAddReadsThePasswordFromStandardInputAndStoresItHashed()
    {
        await using var database = await CreateAsync();
        AddOffices(database);

        var added = database.CliWithInput("көктем-2025-Сарыарқа\nsecond line is not read\n", AddDeputy(database.Connection, more: "--password-stdin"));

        Assert.Equal((0, string.Empty), (added.ExitCode, added.Error));
        Assert.Equal("added d.abdirakhmanov  2-11  deputy  Әбдірахманов Даурен Қайратұлы  roles drafter, signatory", added.OutputLines.Single());
        var person = (await database.Register.People.FindAsync("d.abdirakhmanov", Cancellation))!;
        var hash = (await database.Register.People.PasswordHashAsync("d.abdirakhmanov", Cancellation))!;
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Person>().VerifyHashedPassword(person, hash, "көктем-2025-Сарыарқа"));
        Assert.True(person.MustChangePassword);
    }

    [Fact]
    public async Task PersonAddRefusesBadInputWithOneLineNamingTheOptionAndExitTwo()
    {
        await using var database = await CreateAsync();
        var db = database.Connection;
        AddOffices(database);

        var wrongCheckDigit = database.Cli(AddDeputy(db, iin: "900715400568"));
        var emptyInput = database.CliWithInput(string.Empty, AddDeputy(db, more: "--password-stdin"));
        var shortPassword = database.CliWithInput("short\n", AddDeputy(db, more: "--password-stdin"));
        var badRole = database.Cli([.. AddDeputy(db), "--role", "boss"]);
        var assistantApprover = database.Cli([.. AddDeputy(db).Select(arg => arg == "deputy" ? "assistant" : arg), "--role", "approver"]);
        var unknownOffice = database.Cli([.. AddDeputy(db).Select(arg => arg == Office ? "9-99" : arg)]);

        Assert.Equal((2, "error: --iin: '900715400568' is not an IIN: its last digit does not check the first eleven (a digit mistyped?)"), (wrongCheckDigit.ExitCode, wrongCheckDigit.ErrorLines.Single()));
        Assert.Equal((2, "error: --password-stdin: standard input has no password on its first line"), (emptyInput.ExitCode, emptyInput.ErrorLines[0]));
        Assert.Equal((2, "error: --password-stdin: is 5 characters long; at least 12"), (shortPassword.ExitCode, shortPassword.ErrorLines.Single()));
        Assert.Equal(2, badRole.ExitCode);
        Assert.StartsWith("error: --role 'boss' is not one of: drafter, signatory, approver, editor, controller, auditor, admin", badRole.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal((2, "error: --role: the role approver is refused: the act policy lets no assistant of a district office approve any act"), (assistantApprover.ExitCode, assistantApprover.ErrorLines.Single()));
        Assert.Equal((2, "error: --office: no office has the index 9-99: register it first (office add)"), (unknownOffice.ExitCode, unknownOffice.ErrorLines.Single()));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM people"));
    }

    [Fact]
    public void AnOptionThatIsNotRepeatableIsRefusedWhenGivenTwice()
    {
        var twice = CliRun.Of("person", "list", "--office", "2-11", "--office", "2-12", "--db", "unused.db");

        Assert.Equal((2, "error: option --office is given twice"), (twice.ExitCode, twice.ErrorLines[0]));
    }

    [Fact]
    public async Task PersonRolesDisableAndListAreAuditedAndVerified()
    {
        await using var database = await CreateAsync();
        var db = database.Connection;
        AddOffices(database);
        Assert.Equal(0, database.Cli(AddDeputy(db)).ExitCode);

        var roles = database.Cli("person", "roles", "D.Abdirakhmanov", "--db", db, "--add", "approver", "--add", "controller", "--remove", "drafter");
        var nothing = database.Cli("person", "roles", "d.abdirakhmanov", "--db", db, "--add", "approver");
        var noChange = database.Cli("person", "roles", "d.abdirakhmanov", "--db", db);
        var disabled = database.Cli("person", "disable", "d.abdirakhmanov", "--db", db);
        var unknown = database.Cli("person", "disable", "nobody", "--db", db);
        var list = database.Cli("person", "list", "--db", db, "--office", Office);
        var verify = database.Cli("audit", "verify", "--db", db);

        Assert.Equal((0, "changed d.abdirakhmanov  2-11  deputy  Әбдірахманов Даурен Қайратұлы  roles signatory, approver, controller  no password"), (roles.ExitCode, roles.OutputLines.Single()));
        Assert.Equal((2, "error: --add/--remove: nothing to change: d.abdirakhmanov holds signatory, approver, controller"), (nothing.ExitCode, nothing.ErrorLines.Single()));
        Assert.Equal(2, noChange.ExitCode);
        Assert.StartsWith("error: give --add ROLE or --remove ROLE", noChange.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Equal((2, "error: LOGIN: no person has the login nobody"), (unknown.ExitCode, unknown.ErrorLines.Single()));
        Assert.Equal(["d.abdirakhmanov  2-11  deputy  Әбдірахманов Даурен Қайратұлы  roles signatory, approver, controller  no password  disabled", "1 person(s)"], list.OutputLines);
        Assert.Equal((0, $"audit chain holds ({Supervision.Tests.Register.ShippedTemplates.Count + 6} entries)"), (verify.ExitCode, verify.OutputLines[0]));

        await database.ExecuteAsync("INSERT INTO person_roles (login, role) VALUES ('d.abdirakhmanov', 'admin')");
        var broken = database.Cli("audit", "verify", "--db", db);

        Assert.Equal((1, $"audit chain broken at entry {Supervision.Tests.Register.ShippedTemplates.Count + 6} (person d.abdirakhmanov): the stored person differs from the last recorded change (differs in: roles)"), (broken.ExitCode, broken.OutputLines.Single()));
    }
}

public sealed class SqlitePeopleCommandTests : PeopleCommandTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresPeopleCommandTests : PeopleCommandTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
