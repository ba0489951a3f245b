using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

public abstract class OfficeTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<InputProblem> RefusedAsync(ActRegister register, OfficeRegistration office) =>
        Assert.IsType<OfficeOutcome.Refused>(await register.Offices.AddAsync(office, Staff.Admin, Cancellation)).Problem;

    [Fact]
    public async Task OfficesNestDistrictUnderRegionalAndRegionalUnderGeneral()
    {
        await using var database = await CreateAsync();
        var register = database.Register;

        var regionalFirst = await RefusedAsync(register, Staff.RegionalOffice);
        var generalWithSuperior = await RefusedAsync(register, Staff.GeneralOffice with { SuperiorCode = "9" });
        Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(Staff.GeneralOffice, Staff.Admin, Cancellation));
        var districtUnderGeneral = await RefusedAsync(register, Staff.DistrictOffice with { SuperiorCode = Staff.General });
        var districtWithout = await RefusedAsync(register, Staff.DistrictOffice with { SuperiorCode = null });
        Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(Staff.RegionalOffice, Staff.Admin, Cancellation));
        var district = Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(Staff.DistrictOffice, Staff.Admin, Cancellation)).Office;

        Assert.Equal(("superiorCode", "no office has the index 1: register the general office first"), (regionalFirst.Field, regionalFirst.Message));
        Assert.Equal("superiorCode", generalWithSuperior.Field);
        Assert.Contains("has no superior", generalWithSuperior.Message, StringComparison.Ordinal);
        Assert.Equal("the office 1 is general, but a district office stands under a regional one", districtUnderGeneral.Message);
        Assert.Equal("a district office needs its superior: the index of a regional office", districtWithout.Message);
        Assert.Equal((Staff.Regional, OfficeLevel.District, "Прокуратура района Сарыарка города Астаны"), (district.SuperiorCode, district.Level, district.NameRu));
        Assert.Equal([Staff.General, Staff.Regional, Office], (await register.Offices.ListAsync(Cancellation)).Select(office => office.Code));
    }

    [Fact]
    public async Task AnOfficeIsRegisteredOnceAndItsNamesBelongToIt()
    {
        await using var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);

        var again = await RefusedAsync(database.Register, Staff.DistrictOffice);
        var nameTaken = await RefusedAsync(database.Register, Staff.DistrictOffice with { Code = "2-12" });
        var badIndex = await RefusedAsync(database.Register, Staff.DistrictOffice with { Code = "2/12" });
        var noName = await RefusedAsync(database.Register, Staff.DistrictOffice with { Code = "2-12", NameKk = "  " });

        Assert.Equal(("code", "the office 2-11 is registered already (Прокуратура района Сарыарка города Астаны)"), (again.Field, again.Message));
        Assert.Equal(("nameKk", "\"Астана қаласы Сарыарқа ауданының прокуратурасы\" is the name of the office 2-11 already"), (nameTaken.Field, nameTaken.Message));
        Assert.Equal("code", badIndex.Field);
        Assert.Equal(("nameKk", "is required"), (noName.Field, noName.Message));
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM offices"));
    }

    [Fact]
    public async Task AnOfficeCreatedByIssuingKeepsItsLevelAndGetsItsNamesWhenRegistered()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await IssueAsync(register, Example(ActKind.Instruction));
        var before = (await register.Offices.FindAsync(Office, Cancellation))!;
        Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(Staff.GeneralOffice, Staff.Admin, Cancellation));
        Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(Staff.RegionalOffice, Staff.Admin, Cancellation));

        var otherLevel = await RefusedAsync(register, Staff.DistrictOffice with { Level = OfficeLevel.Regional, SuperiorCode = Staff.General });
        var registered = Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(Staff.DistrictOffice, Staff.Admin, Cancellation)).Office;

        Assert.False(before.IsRegistered);
        Assert.Equal((OfficeLevel.District, null, null), (before.Level, before.NameKk, before.SuperiorCode));
        Assert.Equal("level", otherLevel.Field);
        Assert.Contains("as a district office", otherLevel.Message, StringComparison.Ordinal);
        Assert.True(registered.IsRegistered);
        Assert.Equal(registered, await register.Offices.FindAsync(Office, Cancellation));
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task ARegisteredOfficeIsFoundByTheNameAnActPrintsWithoutItsIndex()
    {
        await using var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);

        var russian = await IssueAsync(database.Register, Example(ActKind.Instruction, ActLanguage.Ru), office: null);
        var kazakh = await IssueAsync(database.Register, Example(ActKind.Instruction, ActLanguage.Kk), office: null);

        Assert.Equal(("2-11-25/1", "2-11-25/2"), (russian.RegistrationNumber, kazakh.RegistrationNumber));
    }
}

public sealed class SqliteOfficeTests : OfficeTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresOfficeTests : OfficeTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
