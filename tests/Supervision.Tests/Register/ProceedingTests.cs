using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// Tracked enforcement proceedings and p. 17's indicators over them: figures computed by hand below against
/// the register's, the exclusions p. 17 names, who may enter what, bad values by field, and audit verify.
/// </summary>
public abstract class ProceedingTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly To = new(2025, 12, 31);

    private static ProceedingEntry Entry(string number, ProceedingCategory category, decimal? due = null, decimal? recovered = null, string office = Office) => new()
    {
        OfficeCode = office,
        Number = number,
        ExecutiveDocument = $"исполнительный лист № 2-{number} от 3 марта 2025 года, выданный районным судом № 2 района Сарыарка города Астаны",
        Creditor = category == ProceedingCategory.StateRevenue ? "Управление государственных доходов по району Сарыарка" : "Прокуратура района Сарыарка в интересах Оспанова Б.",
        Debtor = "ТОО «Сарыарка Құрылыс»",
        Category = category,
        SumDue = due,
        Recovered = recovered,
        Executed = category == ProceedingCategory.ProsecutorClaimNonProperty ? false : null,
        OpenedOn = new DateOnly(2025, 3, 10),
    };

    private static async Task<TrackedProceeding> AddAsync(ActRegister register, Principal by, ProceedingEntry entry) =>
        Assert.IsType<ProceedingOutcome.Done>(await register.Proceedings.AddAsync(by, entry, Cancellation), exactMatch: true).Proceeding;

    private async Task<(TestRegister Database, ProceedingFixture Staff)> StaffedAsync()
    {
        var database = await CreateAsync();
        return (database, await ProceedingFixture.CreateAsync(database.Register, register => IssueAsync(register, Example(ActKind.Instruction))));
    }

    /// <summary>Fills 2-11 and 2-12 with proceedings of every category, some of them left out by p. 17 or outside the period.</summary>
    private static async Task FillAsync(ActRegister register, ProceedingFixture staff)
    {
        var c = staff.Controller;
        // For the state, term breached: counted.
        await AddAsync(register, c, Entry(staff.Act.ProceedingNumber!, ProceedingCategory.StateRevenue, 1_000_000m, 250_000.50m) with { TermBreached = true, ActIds = [staff.Act.Id] });
        await AddAsync(register, c, Entry("S-2", ProceedingCategory.StateRevenue, 500_000m, 500_000m) with { TermBreached = true });
        // For the state, term kept: p. 17 counts only proceedings whose legal execution term was breached.
        await AddAsync(register, c, Entry("S-3", ProceedingCategory.StateRevenue, 300_000m, 0m));
        // For the state, term breached, but ended before the period began.
        await AddAsync(register, c, Entry("S-4", ProceedingCategory.StateRevenue, 100_000m, 0m) with { TermBreached = true, OpenedOn = new(2024, 5, 2), ClosedOn = new(2024, 12, 20) });
        // Property claims: one counted, one on money for a private-form organisation (left out).
        await AddAsync(register, c, Entry("P-1", ProceedingCategory.ProsecutorClaimProperty, 200_000m, 50_000m));
        await AddAsync(register, c, Entry("P-2", ProceedingCategory.ProsecutorClaimProperty, 900_000m, 900_000m) with { PrivateInterest = true });
        // Non-property claims: executed, not executed, and executed without a writ (left out).
        await AddAsync(register, c, Entry("N-1", ProceedingCategory.ProsecutorClaimNonProperty) with { Executed = true });
        await AddAsync(register, c, Entry("N-2", ProceedingCategory.ProsecutorClaimNonProperty) with { Executed = false });
        await AddAsync(register, c, Entry("N-3", ProceedingCategory.ProsecutorClaimNonProperty) with { Executed = true, WithoutWrit = true });

        var o = staff.OtherController;
        await AddAsync(register, o, Entry("S-5", ProceedingCategory.StateRevenue, 200_000m, 49_999.50m, ProceedingFixture.OtherOffice) with { TermBreached = true });
        await AddAsync(register, o, Entry("P-3", ProceedingCategory.ProsecutorClaimProperty, 100_000m, 100_000m, ProceedingFixture.OtherOffice));
        await AddAsync(register, o, Entry("N-4", ProceedingCategory.ProsecutorClaimNonProperty, office: ProceedingFixture.OtherOffice) with { Executed = false });
    }

    [Fact]
    public async Task TheP17RatiosOfTheCityOfficeAreThoseWorkedOutByHand()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        await FillAsync(database.Register, staff);

        var city = await database.Register.Proceedings.P17Async(new P17Query(Staff.Regional, From, To), Cancellation);

        // For the state: S-1 (the act's), S-2 of 2-11 and S-5 of 2-12; S-3 kept its term, S-4 ended in 2024.
        //   due       1 000 000.00 + 500 000.00 + 200 000.00 = 1 700 000.00
        //   recovered   250 000.50 + 500 000.00 +  49 999.50 =   800 000.00
        //   share     800 000 / 1 700 000 = 0.470588… → 0.4706
        Assert.Equal(new StateExecution(3, 1_700_000m, 800_000m, 1), city.Total.State);
        Assert.Equal(0.4706m, city.Total.State.Share);
        // Property claims: P-1 of 2-11 and P-3 of 2-12; P-2 is money for a private-form organisation.
        //   due 200 000 + 100 000 = 300 000; recovered 50 000 + 100 000 = 150 000; share 0.5
        Assert.Equal(new PropertyClaimsExecution(2, 300_000m, 150_000m, 1), city.Total.Property);
        Assert.Equal(0.5m, city.Total.Property.Share);
        // Non-property claims: N-1 (executed), N-2, N-4 in execution; N-3 was executed without a writ.
        //   executed 1 of 3 = 0.3333…
        Assert.Equal(new NonPropertyClaimsExecution(3, 1, 1), city.Total.NonProperty);
        Assert.Equal(0.3333m, city.Total.NonProperty.Share);

        // Per office: 2-11 alone has S-1 and S-2 (750 000.50 of 1 500 000 = 0.50000033… → 0.5000), P-1 (50 000 of 200 000 = 0.25), N-1 of N-1 and N-2 (0.5).
        Assert.Equal(["2-11", "2-12"], city.Offices.Select(office => office.OfficeCode));
        var saryarka = city.Offices[0].Figures;
        Assert.Equal((new StateExecution(2, 1_500_000m, 750_000.50m, 1), 0.5m), (saryarka.State, saryarka.State.Share!.Value));
        Assert.Equal((new PropertyClaimsExecution(1, 200_000m, 50_000m, 1), 0.25m), (saryarka.Property, saryarka.Property.Share!.Value));
        Assert.Equal((new NonPropertyClaimsExecution(2, 1, 1), 0.5m), (saryarka.NonProperty, saryarka.NonProperty.Share!.Value));
        Assert.Equal("Прокуратура района Сарыарка города Астаны", city.Offices[0].NameRu);
        // 2-12: S-5 49 999.50 of 200 000 = 0.2499975 → 0.25; P-3 all of 100 000 = 1; N-4 not executed = 0.
        var baikonur = city.Offices[1].Figures;
        Assert.Equal((0.25m, 1m, 0m), (baikonur.State.Share, baikonur.Property.Share, baikonur.NonProperty.Share));

        // One district is its own figures; a period before every proceeding has none.
        var district = await database.Register.Proceedings.P17Async(new P17Query(Office, From, To), Cancellation);
        Assert.Equal(saryarka, district.Total);
        var earlier = await database.Register.Proceedings.P17Async(new P17Query(Staff.Regional, new(2024, 1, 1), new(2024, 12, 31)), Cancellation);
        // In 2024 only S-4 was in execution (opened 2 May 2024, ended 20 December 2024).
        Assert.Equal(new StateExecution(1, 100_000m, 0m, 0), earlier.Total.State);
    }

    [Fact]
    public async Task TheRegistersIndicatorsCarryP17OnceProceedingsAreTracked()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;

        var before = await database.Register.IndicatorsAsync(new IndicatorQuery(Staff.Regional, From, To), Cancellation);
        Assert.False(before.P17.Total.Any);
        Assert.Equal(2, before.NotComputable.Count);

        await FillAsync(database.Register, staff);
        var after = await database.Register.IndicatorsAsync(new IndicatorQuery(Staff.Regional, From, To), Cancellation);

        Assert.Empty(after.NotComputable);
        Assert.Equal(new StateExecution(3, 1_700_000m, 800_000m, 1), after.P17.Total.State);
    }

    [Fact]
    public async Task OnlyAControllerOfTheProceedingsOfficeEntersOrChangesIt()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        var register = database.Register;
        var entry = Entry("S-1", ProceedingCategory.StateRevenue, 1000m, 0m) with { TermBreached = true };

        var byOtherOffice = await register.Proceedings.AddAsync(staff.OtherController, entry, Cancellation);
        var byDrafter = await register.Proceedings.AddAsync(staff.Drafter, entry, Cancellation);
        var byClient = await register.Proceedings.AddAsync(Principal.ForClient("statistics", null, [ClientScope.RegisterRead]), entry, Cancellation);
        var added = await AddAsync(register, staff.Controller, entry);
        var changedByOther = await register.Proceedings.ChangeAsync(staff.OtherController, added.Id, entry with { Recovered = 1000m }, Cancellation);
        var changed = Assert.IsType<ProceedingOutcome.Done>(await register.Proceedings.ChangeAsync(staff.Controller, added.Id, entry with { Recovered = 400m }, Cancellation)).Proceeding;

        Assert.Equal(Refusal.Forbidden, Assert.IsType<ProceedingOutcome.Refused>(byOtherOffice).Refusal.Code);
        Assert.Equal(Refusal.Forbidden, Assert.IsType<ProceedingOutcome.Refused>(byDrafter).Refusal.Code);
        Assert.Equal(Refusal.Forbidden, Assert.IsType<ProceedingOutcome.Refused>(byClient).Refusal.Code);
        // 2-12 does not read 2-11's proceedings: to its controller this one does not exist.
        Assert.Equal(Refusal.NotFound, Assert.IsType<ProceedingOutcome.Refused>(changedByOther).Refusal.Code);
        Assert.Equal((400m, "g.saparova"), (changed.Entry.Recovered, changed.ChangedBy));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM tracked_proceedings"));
        Assert.Empty(await register.Proceedings.ListAsync(staff.OtherController, new ProceedingQuery(), Cancellation));
        Assert.Equal([added.Id], (await register.Proceedings.ListAsync(staff.Controller, new ProceedingQuery(), Cancellation)).Select(row => row.Id));
    }

    [Theory]
    [InlineData("negative-due", "sumDue")]
    [InlineData("negative-recovered", "recovered")]
    [InlineData("more-recovered-than-due", "recovered")]
    [InlineData("finer-than-tiyn", "sumDue")]
    [InlineData("sum-for-non-property", "sumDue")]
    [InlineData("non-property-without-mark", "executed")]
    [InlineData("unknown-category", "category")]
    [InlineData("private-interest-for-the-state", "privateInterest")]
    [InlineData("without-writ-for-property", "withoutWrit")]
    [InlineData("closed-before-opened", "closedOn")]
    [InlineData("opened-tomorrow", "openedOn")]
    [InlineData("blank-number", "number")]
    [InlineData("unknown-office", "officeCode")]
    [InlineData("unknown-act", "actIds")]
    [InlineData("number-tracked-already", "number")]
    public async Task ABadValueIsRefusedNamingItsFieldAndNothingIsStored(string bad, string field)
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        var good = Entry("S-9", ProceedingCategory.StateRevenue, 1000m, 0m);
        await AddAsync(database.Register, staff.Controller, good with { Number = "S-8" });
        var entry = bad switch
        {
            "negative-due" => good with { SumDue = -1m },
            "negative-recovered" => good with { Recovered = -0.01m },
            "more-recovered-than-due" => good with { Recovered = 1000.01m },
            "finer-than-tiyn" => good with { SumDue = 1000.005m },
            "sum-for-non-property" => good with { Category = ProceedingCategory.ProsecutorClaimNonProperty, Recovered = null, Executed = true },
            "non-property-without-mark" => good with { Category = ProceedingCategory.ProsecutorClaimNonProperty, SumDue = null, Recovered = null },
            "unknown-category" => good with { Category = (ProceedingCategory)7 },
            "private-interest-for-the-state" => good with { PrivateInterest = true },
            "without-writ-for-property" => good with { Category = ProceedingCategory.ProsecutorClaimProperty, WithoutWrit = true },
            "closed-before-opened" => good with { ClosedOn = new DateOnly(2025, 3, 9) },
            "opened-tomorrow" => good with { OpenedOn = new DateOnly(2025, 10, 21) },
            "blank-number" => good with { Number = "  " },
            "unknown-office" => good with { OfficeCode = "2-99" },
            "unknown-act" => good with { ActIds = [staff.Act.Id + 100] },
            "number-tracked-already" => good with { Number = "S-8" },
            _ => throw new ArgumentOutOfRangeException(nameof(bad), bad, null),
        };

        var outcome = await database.Register.Proceedings.AddAsync(staff.Controller, entry, Cancellation);

        Assert.Equal(field, Assert.IsType<ProceedingOutcome.Invalid>(outcome).Problem.Field);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM tracked_proceedings"));
    }

    [Fact]
    public async Task AnActOfAnotherOfficeOrProceedingIsNotLinked()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        var entry = Entry(staff.Act.ProceedingNumber!, ProceedingCategory.StateRevenue, 1000m, 0m) with { ActIds = [staff.Act.Id] };

        var otherOffice = await database.Register.Proceedings.AddAsync(staff.OtherController, entry with { OfficeCode = ProceedingFixture.OtherOffice }, Cancellation);
        var otherProceeding = await database.Register.Proceedings.AddAsync(staff.Controller, entry with { Number = "S-77" }, Cancellation);

        Assert.Contains("was issued by office 2-11", Assert.IsType<ProceedingOutcome.Invalid>(otherOffice).Problem.Message, StringComparison.Ordinal);
        Assert.Contains($"was brought on proceeding {staff.Act.ProceedingNumber}", Assert.IsType<ProceedingOutcome.Invalid>(otherProceeding).Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditVerifyFindsAProceedingsFigureOrLinkEditedBehindTheApplicationsBack()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        await FillAsync(database.Register, staff);
        var report = await database.Register.VerifyAuditAsync(cancellationToken: Cancellation);
        Assert.True(report.Holds, report.Broken?.ToString());

        await database.ExecuteAsync("UPDATE tracked_proceedings SET recovered_tiyn = due_tiyn WHERE proceeding_number = 'P-1'");
        var edited = (await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;
        Assert.NotNull(edited);
        var p1 = await database.CountAsync("SELECT id FROM tracked_proceedings WHERE proceeding_number = 'P-1'");
        Assert.Equal(($"proceeding {p1}", "the stored proceeding differs from the last recorded change (differs in: recovered)"), (edited.Subject, edited.Reason));
        // P-1's 50 000.00 tenge put back as the 5 000 000 tiyn the register wrote: the chain holds again.
        await database.ExecuteAsync("UPDATE tracked_proceedings SET recovered_tiyn = 5000000 WHERE proceeding_number = 'P-1'");

        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
        await database.ExecuteAsync("DELETE FROM tracked_proceeding_acts");
        var unlinked = (await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;
        Assert.NotNull(unlinked);
        Assert.Equal("the stored proceeding differs from the last recorded change (differs in: acts)", unlinked.Reason);
    }
}

public sealed class SqliteProceedingTests : ProceedingTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresProceedingTests : ProceedingTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
