using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// The history of recovered sums (issue 15, point 3): figures entered as of different days, the quarterly and annual
/// tables' sums recovered within the period and p. 17's sums as of the period's end against figures worked out by hand
/// below, the rule that a recovered sum does not fall, audit verify on the history, and a register from before the
/// history migrated with its figures. The register's today is 20 October 2025.
/// </summary>
public abstract class RecoveryHistoryTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static DateOnly Day(int month, int day) => new(2025, month, day);

    private static ProceedingEntry Entry(string number, ProceedingCategory category, decimal due, string office = Office) => new()
    {
        OfficeCode = office,
        Number = number,
        ExecutiveDocument = $"исполнительный лист № 2-{number} от 3 марта 2025 года",
        Creditor = "Управление государственных доходов по району Сарыарка",
        Debtor = "ТОО «Сарыарка Құрылыс»",
        Category = category,
        SumDue = due,
        Recovered = 0m,
        OpenedOn = Day(3, 10),
    };

    private async Task<(TestRegister Database, ProceedingFixture Staff)> StaffedAsync()
    {
        var database = await CreateAsync();
        return (database, await ProceedingFixture.CreateAsync(database.Register, register => IssueAsync(register, Example(ActKind.Instruction))));
    }

    private static async Task<TrackedProceeding> AddAsync(ActRegister register, Principal by, ProceedingEntry entry) =>
        Assert.IsType<ProceedingOutcome.Done>(await register.Proceedings.AddAsync(by, entry, Cancellation)).Proceeding;

    /// <summary>Enters the proceeding's recovered sum as of a day (today where none), changing nothing else.</summary>
    private static async Task<ProceedingOutcome> RecordAsync(ActRegister register, Principal by, TrackedProceeding proceeding, decimal recovered, DateOnly? on) =>
        await register.Proceedings.ChangeAsync(by, proceeding.Id, proceeding.Entry with { Recovered = recovered, RecoveredOn = on }, Cancellation);

    private static async Task<TrackedProceeding> RecordedAsync(ActRegister register, Principal by, TrackedProceeding proceeding, decimal recovered, DateOnly? on = null) =>
        Assert.IsType<ProceedingOutcome.Done>(await RecordAsync(register, by, proceeding, recovered, on)).Proceeding;

    [Fact]
    public async Task TheTablesShowTheSumsRecoveredWithinTheirPeriodAndP17TheSumsAsOfItsEnd()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        var register = database.Register;
        var (c, o) = (staff.Controller, staff.OtherController);

        // A (2-11, for the state): 100 000 by 15 May, 250 000.50 by 1 August, 400 000 by 30 September, 600 000 by 5 October,
        // then 120 000 entered as of 1 June (a figure of a day between two others: it fits between 100 000 and 250 000.50).
        var a = await AddAsync(register, c, Entry("A", ProceedingCategory.StateRevenue, 1_000_000m) with { TermBreached = true, Recovered = 100_000m, RecoveredOn = Day(5, 15) });
        a = await RecordedAsync(register, c, a, 250_000.50m, Day(8, 1));
        a = await RecordedAsync(register, c, a, 400_000m, Day(9, 30));
        a = await RecordedAsync(register, c, a, 600_000m, Day(10, 5));
        a = await RecordedAsync(register, c, a, 120_000m, Day(6, 1));
        // The proceeding's own sum stays its latest figure.
        Assert.Equal((600_000m, Day(10, 5)), (a.Entry.Recovered, a.Entry.RecoveredOn));

        // C (2-11, property claim): 50 000 by 1 July, corrected the same day to 60 000.
        var cp = await AddAsync(register, c, Entry("C", ProceedingCategory.ProsecutorClaimProperty, 200_000m) with { Recovered = 50_000m, RecoveredOn = Day(7, 1) });
        await RecordedAsync(register, c, cp, 60_000m, Day(7, 1));

        // F (2-12, for the state): 49 999.50 by 30 June, 149 999.50 today (no day given).
        var f = await AddAsync(register, o, Entry("F", ProceedingCategory.StateRevenue, 200_000m, ProceedingFixture.OtherOffice) with { TermBreached = true, Recovered = 49_999.50m, RecoveredOn = Day(6, 30) });
        f = await RecordedAsync(register, o, f, 149_999.50m);
        Assert.Equal(Day(10, 20), f.Entry.RecoveredOn);

        // G (2-12, property claim): all 100 000 by 1 July, the day it ended.
        await AddAsync(register, o, Entry("G", ProceedingCategory.ProsecutorClaimProperty, 100_000m, ProceedingFixture.OtherOffice) with { Recovered = 100_000m, RecoveredOn = Day(7, 1), ClosedOn = Day(7, 1) });

        // The third quarter, 1 July to 30 September: a figure as of 30 September less a figure as of 30 June.
        //   A: 400 000 (30 September) − 120 000 (1 June) = 280 000;   C: 60 000 − 0 = 60 000
        //   F: 49 999.50 (30 June) − 49 999.50 (30 June) = 0;          G: 100 000 − 0 = 100 000
        var third = await register.ReportTablesAsync(Staff.Regional, new ReportPeriod(2025, 3), cancellationToken: Cancellation);
        var (saryarka, baikonur) = (third.Offices[1], third.Offices[2]);
        Assert.Equal(new RecoveryCounts(1, 1_000_000m, 280_000m), saryarka.StateRevenue);
        Assert.Equal(new RecoveryCounts(1, 200_000m, 60_000m), saryarka.PropertyClaims);
        Assert.Equal(new RecoveryCounts(1, 200_000m, 0m), baikonur.StateRevenue);
        Assert.Equal(new RecoveryCounts(1, 100_000m, 100_000m), baikonur.PropertyClaims);
        // Together: 4 documents, 1 500 000 due, 280 000 + 60 000 + 0 + 100 000 = 440 000 recovered within the quarter.
        Assert.Equal(new RecoveryCounts(4, 1_500_000m, 440_000m), third.Total.All);

        // The second quarter, 1 April to 30 June: A 120 000 − 0; F 49 999.50 − 0; C and G nothing yet.
        var second = await register.ReportTablesAsync(Staff.Regional, new ReportPeriod(2025, 2), cancellationToken: Cancellation);
        Assert.Equal(new RecoveryCounts(4, 1_500_000m, 169_999.50m), second.Total.All);

        // The fourth quarter so far (G ended in July): A 600 000 − 400 000; F 149 999.50 − 49 999.50; C 60 000 − 60 000.
        var fourth = await register.ReportTablesAsync(Staff.Regional, new ReportPeriod(2025, 4), cancellationToken: Cancellation);
        Assert.Equal(new RecoveryCounts(3, 1_400_000m, 300_000m), fourth.Total.All);

        // The year: A 600 000, C 60 000, F 149 999.50, G 100 000 = 909 999.50; the quarters add up to it.
        var year = await register.ReportTablesAsync(Staff.Regional, new ReportPeriod(2025), cancellationToken: Cancellation);
        Assert.Equal(909_999.50m, year.Total.All.Recovered);
        Assert.Equal(year.Total.All.Recovered, second.Total.All.Recovered + third.Total.All.Recovered + fourth.Total.All.Recovered);

        // p. 17 sets totals against totals: for the state, A and F, recovered as of the period's last day.
        //   first half (to 30 June): 120 000 + 49 999.50 = 169 999.50 of 1 200 000;   the year: 600 000 + 149 999.50 = 749 999.50
        var half = await register.Proceedings.P17Async(new P17Query(Staff.Regional, Day(1, 1), Day(6, 30)), Cancellation);
        Assert.Equal(new StateExecution(2, 1_200_000m, 169_999.50m, 0), half.Total.State);
        var whole = await register.Proceedings.P17Async(new P17Query(Staff.Regional, Day(1, 1), Day(12, 31)), Cancellation);
        Assert.Equal(new StateExecution(2, 1_200_000m, 749_999.50m, 0), whole.Total.State);
        // Property claims, C and G: 60 000 + 100 000 of 300 000 by the year's end, nothing by 30 June.
        Assert.Equal(new PropertyClaimsExecution(2, 300_000m, 160_000m, 0), whole.Total.Property);
        Assert.Equal(0m, half.Total.Property.Recovered);

        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task ARecoveredSumDoesNotFallIsDatedWithinTheProceedingsLifeAndIsCorrectedOnItsDay()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        var register = database.Register;
        var c = staff.Controller;
        var a = await AddAsync(register, c, Entry("A", ProceedingCategory.StateRevenue, 1_000m) with { Recovered = 100m, RecoveredOn = Day(5, 15) });
        a = await RecordedAsync(register, c, a, 300m, Day(8, 1));
        const string Rows = "SELECT COUNT(*) FROM proceeding_recoveries";

        async Task<string> RefusedAsync(ProceedingEntry entry) =>
            Assert.IsType<ProceedingOutcome.Invalid>(await register.Proceedings.ChangeAsync(c, a.Id, entry, Cancellation)).Problem.Field;

        // Below the 100 of 15 May; above the 300 of 1 August; below the latest 300, dated today.
        Assert.Equal("recovered", await RefusedAsync(a.Entry with { Recovered = 90m, RecoveredOn = Day(6, 1) }));
        Assert.Equal("recovered", await RefusedAsync(a.Entry with { Recovered = 350m, RecoveredOn = Day(7, 1) }));
        Assert.Equal("recovered", await RefusedAsync(a.Entry with { Recovered = 50m, RecoveredOn = null }));
        // Tomorrow; the day before it opened; an opening day after a recorded figure; no sums once figures are kept.
        Assert.Equal("recoveredOn", await RefusedAsync(a.Entry with { Recovered = 400m, RecoveredOn = Day(10, 21) }));
        Assert.Equal("recoveredOn", await RefusedAsync(a.Entry with { Recovered = 400m, RecoveredOn = Day(3, 9) }));
        Assert.Equal("openedOn", await RefusedAsync(a.Entry with { OpenedOn = Day(6, 1), RecoveredOn = null }));
        Assert.Equal("category", await RefusedAsync(a.Entry with { Category = ProceedingCategory.ProsecutorClaimNonProperty, SumDue = null, Recovered = null, RecoveredOn = null, Executed = true }));
        // A sum due below what was recovered by 1 August, with a figure of 20 May that is below it.
        Assert.Equal("sumDue", await RefusedAsync(a.Entry with { SumDue = 200m, Recovered = 150m, RecoveredOn = Day(5, 20) }));
        Assert.Equal(2, await database.CountAsync(Rows));

        // 1 August's figure corrected to 280 on its day: still 2 figures, the latest 280.
        var corrected = await RecordedAsync(register, c, a, 280m, Day(8, 1));
        Assert.Equal((280m, Day(8, 1)), (corrected.Entry.Recovered, corrected.Entry.RecoveredOn));
        // The debtor renamed, the sum sent back as it is: no figure is added.
        var renamed = Assert.IsType<ProceedingOutcome.Done>(await register.Proceedings.ChangeAsync(c, a.Id, corrected.Entry with { Debtor = "ТОО «Сарыарка»", RecoveredOn = null }, Cancellation)).Proceeding;
        Assert.Equal((280m, Day(8, 1)), (renamed.Entry.Recovered, renamed.Entry.RecoveredOn));
        Assert.Equal(2, await database.CountAsync(Rows));
        Assert.Equal(28_000, await database.CountAsync($"SELECT recovered_tiyn FROM proceeding_recoveries WHERE proceeding_id = {a.Id} AND as_of = '2025-08-01'"));
        // Three figures were recorded (100, 300, then 280 in place of 300).
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'record-recovery'"));

        // A non-property claim takes no day of a sum.
        var nonProperty = Entry("N", ProceedingCategory.ProsecutorClaimNonProperty, 1m) with { SumDue = null, Recovered = null, Executed = true, RecoveredOn = Day(8, 1) };
        Assert.Equal("recoveredOn", Assert.IsType<ProceedingOutcome.Invalid>(await register.Proceedings.AddAsync(c, nonProperty, Cancellation)).Problem.Field);
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task AuditVerifyFindsARecoveredSumEditedDeletedOrAddedBehindTheApplicationsBack()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        var register = database.Register;
        var a = await AddAsync(register, staff.Controller, Entry("A", ProceedingCategory.StateRevenue, 1_000m) with { Recovered = 100m, RecoveredOn = Day(5, 15) });
        await RecordedAsync(register, staff.Controller, a, 300m, Day(8, 1));
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
        var subject = $"proceeding {a.Id}";

        // 100.00 tenge made 150.00 (15 000 tiyn): the figure differs from the one recorded.
        await database.ExecuteAsync($"UPDATE proceeding_recoveries SET recovered_tiyn = 15000 WHERE proceeding_id = {a.Id} AND as_of = '2025-05-15'");
        var edited = (await register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;
        Assert.NotNull(edited);
        Assert.Equal((subject, "the stored sum recovered as of 2025-05-15 differs from the one recorded (differs in: recovered)"), (edited.Subject, edited.Reason));
        await database.ExecuteAsync($"UPDATE proceeding_recoveries SET recovered_tiyn = 10000 WHERE proceeding_id = {a.Id} AND as_of = '2025-05-15'");
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);

        // Added, as of a day no one entered (between the two, so that the proceeding's latest day stays 1 August).
        await database.ExecuteAsync($"INSERT INTO proceeding_recoveries (proceeding_id, as_of, recovered_tiyn, recorded_by, recorded_at) VALUES ({a.Id}, '2025-06-01', 20000, 'g.saparova', '2025-10-20T06:00:00.000+00:00')");
        var added = (await register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;
        Assert.NotNull(added);
        Assert.Equal((subject, "a sum recovered as of 2025-06-01 is in the register without an audit entry"), (added.Subject, added.Reason));
        await database.ExecuteAsync($"DELETE FROM proceeding_recoveries WHERE proceeding_id = {a.Id} AND as_of = '2025-06-01'");
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);

        // Deleted, so that the second quarter seems to have recovered nothing.
        await database.ExecuteAsync($"DELETE FROM proceeding_recoveries WHERE proceeding_id = {a.Id} AND as_of = '2025-05-15'");
        var deleted = (await register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;
        Assert.NotNull(deleted);
        Assert.Equal((subject, "the sum recovered as of 2025-05-15 that it records is not in the register (deleted)"), (deleted.Subject, deleted.Reason));
    }

    [Fact]
    public async Task ARegisterFromBeforeTheHistoryKeepsEachRecoveredSumAsOfItsLastEntryAndItsAuditHolds()
    {
        var (database, staff) = await StaffedAsync();
        await using var _ = database;
        var register = database.Register;
        // Entered and changed today (20 October): A recovered 250 000.50, B nothing, C (a property claim) 60 000.
        var a = await AddAsync(register, staff.Controller, Entry("A", ProceedingCategory.StateRevenue, 1_000_000m) with { TermBreached = true, Recovered = 100_000m });
        await RecordedAsync(register, staff.Controller, a, 250_000.50m);
        await AddAsync(register, staff.Controller, Entry("B", ProceedingCategory.StateRevenue, 300_000m) with { TermBreached = true });
        await AddAsync(register, staff.OtherController, Entry("C", ProceedingCategory.ProsecutorClaimProperty, 200_000m, ProceedingFixture.OtherOffice) with { Recovered = 60_000m });

        // The register as schema 14 left it: no history table, proceeding entries without "recoveredOn", no record-recovery entries.
        await database.ExecuteAsync("DROP TABLE proceeding_recoveries");
        await database.ExecuteAsync("DELETE FROM schema_version WHERE version = 15");
        await database.ExecuteAsync("DELETE FROM audit_log WHERE action = 'record-recovery'");
        await database.ExecuteAsync("UPDATE audit_log SET payload = REPLACE(REPLACE(payload, '\"recoveredOn\":\"2025-10-20\",', ''), '\"recoveredOn\":\"\",', '') WHERE action IN ('track-proceeding', 'change-proceeding')");
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE payload LIKE '%recoveredOn%'"));
        await ChainForger.RechainAsync(database, register.Store.AuditKey);

        // Opened by this program: migration 15 runs, and the figures and the audit are whole.
        var migrated = await database.OpenAnotherAsync();
        Assert.Contains(15, await migrated.SchemaVersionsAsync(Cancellation));
        var report = await migrated.VerifyAuditAsync(cancellationToken: Cancellation);
        Assert.True(report.Holds, report.Broken?.ToString());
        // One figure each for A and C, as of 20 October (their last change, 11:00 in Kazakhstan); none for B, which recovered nothing.
        Assert.Equal(2, await database.CountAsync("SELECT COUNT(*) FROM proceeding_recoveries WHERE as_of = '2025-10-20'"));
        Assert.Equal(25_000_050, await database.CountAsync($"SELECT recovered_tiyn FROM proceeding_recoveries WHERE proceeding_id = {a.Id}"));
        var proceedings = await migrated.Proceedings.ListAsync(staff.Controller, new ProceedingQuery(), Cancellation);
        Assert.Equal([(250_000.50m, (DateOnly?)Day(10, 20)), (0m, null)], proceedings.Select(row => (row.Entry.Recovered!.Value, row.Entry.RecoveredOn)));

        // The fourth quarter holds what was recovered (A 250 000.50 + C 60 000), the third nothing; p. 17 of the year is as before.
        var fourth = await migrated.ReportTablesAsync(Staff.Regional, new ReportPeriod(2025, 4), cancellationToken: Cancellation);
        Assert.Equal(new RecoveryCounts(3, 1_500_000m, 310_000.50m), fourth.Total.All);
        var third = await migrated.ReportTablesAsync(Staff.Regional, new ReportPeriod(2025, 3), cancellationToken: Cancellation);
        Assert.Equal(0m, third.Total.All.Recovered);
        var p17 = await migrated.Proceedings.P17Async(new P17Query(Staff.Regional, Day(1, 1), Day(12, 31)), Cancellation);
        Assert.Equal(new StateExecution(2, 1_300_000m, 250_000.50m, 0), p17.Total.State);

        // A migrated figure is audited as any other: edited, it is found.
        await database.ExecuteAsync($"UPDATE proceeding_recoveries SET recovered_tiyn = 100000000 WHERE proceeding_id = {a.Id}");
        var edited = (await migrated.VerifyAuditAsync(cancellationToken: Cancellation)).Broken;
        Assert.NotNull(edited);
        Assert.Equal("the stored sum recovered as of 2025-10-20 differs from the one recorded", edited.Reason);

        // And the history goes on from it: A's figure changed the same day corrects it, with an entry of its own.
        await database.ExecuteAsync($"UPDATE proceeding_recoveries SET recovered_tiyn = 25000050 WHERE proceeding_id = {a.Id}");
        var current = (await migrated.Proceedings.ListAsync(staff.Controller, new ProceedingQuery(), Cancellation))[0];
        await RecordedAsync(migrated, staff.Controller, current, 300_000m);
        Assert.True((await migrated.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }
}

public sealed class SqliteRecoveryHistoryTests : RecoveryHistoryTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresRecoveryHistoryTests : RecoveryHistoryTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
