using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// The tables of the quarterly analysis filled from the register (issue 15, point 3): acts issued by the city
/// office (2), a district below it (2-11) and its sibling (2-12), their statuses set by hand, proceedings tracked
/// with their sums; every cell checked against figures worked out below from that data. And the reports an office
/// owes: due, overdue after the 7th, gone once issued.
/// </summary>
public abstract class ReportTableTests : RegisterProviderTests
{
    private const string City = Staff.Regional;

    private static readonly ReportPeriod ThirdQuarter = new(2025, 3);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The register's today: 20 October 2025 (the test clock, 11:00 in Kazakhstan).</summary>
    private static readonly DateOnly Today = new(2025, 10, 20);

    private static T In<T>(T act, string office) where T : Act => act with
    {
        Office = office switch
        {
            City => new Office { Level = OfficeLevel.Regional, Name = "Прокуратура города Астаны" },
            Office => new Office { Level = OfficeLevel.District, Name = "Прокуратура района Сарыарка города Астаны" },
            _ => new Office { Level = OfficeLevel.District, Name = "Прокуратура района Байконур города Астаны" },
        },
    };

    private static Instruction Instruction(int month, int day, DateOnly deadline, string office = Office) =>
        In((Instruction)Example(ActKind.Instruction) with { Date = new DateOnly(2025, month, day), Deadline = deadline }, office);

    /// <summary>A submission of the city office: due 30 days after its date, the next working day where that is a day off.</summary>
    private static Submission Submission(int month, int day) =>
        In((Submission)Example(ActKind.Submission) with { Date = new DateOnly(2025, month, day) }, City);

    private static StatusChange Answer(ActStatus status, int month, int day) =>
        new(status, new DateOnly(2025, month, day), status == ActStatus.Withdrawn ? null : "15-2/1", "Әбдірахманов Д.");

    private async Task<(TestRegister Database, ProceedingFixture Staff)> FilledAsync()
    {
        var database = await CreateAsync();
        var register = database.Register;
        var staff = await ProceedingFixture.CreateAsync(register, r => IssueAsync(r, Instruction(7, 10, new DateOnly(2025, 7, 25))));
        var i1 = staff.Act;

        // 2-11: instructions of the third quarter (I1 above), one of the second, an order, a withdrawal resolution.
        var i2 = await IssueAsync(register, Instruction(8, 5, new DateOnly(2025, 8, 20)));
        await IssueAsync(register, Instruction(9, 1, new DateOnly(2025, 9, 15)));                 // I3: open, overdue since 16 September
        await IssueAsync(register, Instruction(9, 20, new DateOnly(2025, 10, 31)));               // I4: open, still in term on 20 October
        await IssueAsync(register, Instruction(6, 20, new DateOnly(2025, 7, 5)));                 // I5: overdue, but dated in the second quarter
        var order = await IssueAsync(register, In((Order)Example(ActKind.Order), Office));         // 23 September, deadline 8 October
        await IssueAsync(register, In((WithdrawalResolution)Example(ActKind.WithdrawalResolution), Office)); // 24 September, no term
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(i1.Id, Answer(ActStatus.Executed, 7, 24), Cancellation));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(i2.Id, Answer(ActStatus.Answered, 8, 19), Cancellation));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(order.Id, Answer(ActStatus.Executed, 10, 7), Cancellation));

        // 2-12: one instruction left open past its deadline.
        await IssueAsync(register, Instruction(8, 10, new DateOnly(2025, 8, 25), ProceedingFixture.OtherOffice), ProceedingFixture.OtherOffice); // I7

        // The city office itself: three submissions.
        var s1 = await IssueAsync(register, Submission(8, 15), City);   // due 14 September, a Sunday → 15 September: overdue
        var s2 = await IssueAsync(register, Submission(9, 10), City);   // withdrawn
        var s3 = await IssueAsync(register, Submission(7, 20), City);   // answered
        Assert.Equal(new DateOnly(2025, 9, 15), s1.DueDate);
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(s2.Id, Answer(ActStatus.Withdrawn, 9, 12), Cancellation));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(s3.Id, Answer(ActStatus.Answered, 8, 10), Cancellation));

        // Proceedings: in execution in the quarter unless said otherwise; what they recovered, recovered by 15 July (G by 1 July),
        // nothing before the quarter: so within it.
        var c = staff.Controller;
        await TrackAsync(register, c, Proceeding("A", ProceedingCategory.StateRevenue, 1_000_000m, 250_000.50m) with { TermBreached = true });
        await TrackAsync(register, c, Proceeding("B", ProceedingCategory.StateRevenue, 300_000m, 0m) with { ClosedOn = new DateOnly(2025, 6, 30) }); // ended before the quarter
        await TrackAsync(register, c, Proceeding("C", ProceedingCategory.ProsecutorClaimProperty, 200_000m, 50_000m));
        await TrackAsync(register, c, Proceeding("D", ProceedingCategory.ProsecutorClaimNonProperty) with { Executed = true });
        await TrackAsync(register, c, Proceeding("E", ProceedingCategory.StateRevenue, 400_000m, 0m) with { OpenedOn = new DateOnly(2025, 10, 1) }); // opened after it
        var o = staff.OtherController;
        await TrackAsync(register, o, Proceeding("F", ProceedingCategory.StateRevenue, 200_000m, 49_999.50m, ProceedingFixture.OtherOffice));
        await TrackAsync(register, o, Proceeding("G", ProceedingCategory.ProsecutorClaimProperty, 100_000m, 100_000m, ProceedingFixture.OtherOffice) with { ClosedOn = new DateOnly(2025, 7, 1), RecoveredOn = new DateOnly(2025, 7, 1) });
        return (database, staff);
    }

    private static ProceedingEntry Proceeding(string number, ProceedingCategory category, decimal? due = null, decimal? recovered = null, string office = Office) => new()
    {
        OfficeCode = office,
        Number = number,
        ExecutiveDocument = $"исполнительный лист № 2-{number} от 3 марта 2025 года",
        Creditor = "Управление государственных доходов по району Сарыарка",
        Debtor = "ТОО «Сарыарка Құрылыс»",
        Category = category,
        SumDue = due,
        Recovered = recovered,
        RecoveredOn = recovered > 0 ? new DateOnly(2025, 7, 15) : null,
        Executed = category == ProceedingCategory.ProsecutorClaimNonProperty ? false : null,
        OpenedOn = new DateOnly(2025, 3, 10),
    };

    private static async Task TrackAsync(ActRegister register, Principal by, ProceedingEntry entry) =>
        Assert.IsType<ProceedingOutcome.Done>(await register.Proceedings.AddAsync(by, entry, Cancellation));

    [Fact]
    public async Task EveryCellOfTheCityOfficesQuarterlyTablesIsTheOneWorkedOutByHand()
    {
        var (database, _) = await FilledAsync();
        await using var __ = database;

        var tables = await database.Register.ReportTablesAsync(City, ThirdQuarter, cancellationToken: Cancellation);

        Assert.Equal(Today, tables.AsOf);
        Assert.Equal(
            [
                // No protest was brought.
                new KindFigures(ActKind.Protest, 0, 0, 0, 0),
                // S1, S2, S3 (2); considered: S3 answered (S2 withdrawn); executed: none; overdue: S1 (15 September < 20 October).
                new KindFigures(ActKind.Submission, 3, 1, 0, 1),
                // The order of 23 September, executed 7 October.
                new KindFigures(ActKind.Order, 1, 1, 1, 0),
                // I1, I2, I3, I4 (2-11), I7 (2-12); I5 is of the second quarter. Considered: I1 executed + I2 answered = 2;
                // executed: I1 = 1; overdue: I3 (15 September) + I7 (25 August) = 2; I4 is in term until 31 October.
                new KindFigures(ActKind.Instruction, 5, 2, 1, 2),
                // The withdrawal resolution sets no term: brought, never overdue.
                new KindFigures(ActKind.WithdrawalResolution, 1, 0, 0, 0),
            ],
            tables.Acts);

        // The city office first, then the offices below it by index.
        Assert.Equal([City, Office, ProceedingFixture.OtherOffice], tables.Offices.Select(row => row.OfficeCode));
        var (city, saryarka, baikonur) = (tables.Offices[0], tables.Offices[1], tables.Offices[2]);
        Assert.Equal((RecoveryCounts.None, RecoveryCounts.None, RecoveryCounts.None), (city.StateRevenue, city.PropertyClaims, city.NonPropertyClaims));
        // 2-11: A for the state (B ended 30 June, E opened 1 October); C a property claim; D a non-property claim, no sums.
        Assert.Equal(new RecoveryCounts(1, 1_000_000m, 250_000.50m), saryarka.StateRevenue);
        Assert.Equal(new RecoveryCounts(1, 200_000m, 50_000m), saryarka.PropertyClaims);
        Assert.Equal(new RecoveryCounts(1, 0m, 0m), saryarka.NonPropertyClaims);
        // All of 2-11: 3 documents; due 1 000 000 + 200 000 = 1 200 000; recovered 250 000.50 + 50 000 = 300 000.50.
        Assert.Equal(new RecoveryCounts(3, 1_200_000m, 300_000.50m), saryarka.All);
        // 2-12: F for the state and G (ended 1 July, inside the quarter): 2 documents; due 200 000 + 100 000 = 300 000;
        // recovered 49 999.50 + 100 000 = 149 999.50.
        Assert.Equal(new RecoveryCounts(2, 300_000m, 149_999.50m), baikonur.All);
        // Together: 5 documents; 1 200 000 + 300 000 = 1 500 000 due; 300 000.50 + 149 999.50 = 450 000.00 recovered.
        Assert.Equal(new RecoveryCounts(5, 1_500_000m, 450_000m), tables.Total.All);
        // The prosecutor's claims together: C, D, G; due 200 000 + 100 000; recovered 50 000 + 100 000.
        Assert.Equal(new RecoveryCounts(3, 300_000m, 150_000m), tables.Total.Claims);
    }

    [Fact]
    public async Task ADistrictsTablesHoldItsOwnFiguresAndOverdueIsJudgedOnTheDayGiven()
    {
        var (database, _) = await FilledAsync();
        await using var __ = database;

        // On 5 November I4 (deadline 31 October) is overdue too.
        var tables = await database.Register.ReportTablesAsync(Office, ThirdQuarter, new DateOnly(2025, 11, 5), Cancellation);

        // 2-11 alone: I1..I4 brought; I1, I2 considered; I1 executed; I3 and I4 overdue. No submission of its own.
        Assert.Equal(new KindFigures(ActKind.Instruction, 4, 2, 1, 2), tables.Acts.Single(row => row.Kind == ActKind.Instruction));
        Assert.Equal(new KindFigures(ActKind.Submission, 0, 0, 0, 0), tables.Acts.Single(row => row.Kind == ActKind.Submission));
        Assert.Equal([Office], tables.Offices.Select(row => row.OfficeCode));
        Assert.Equal(new RecoveryCounts(3, 1_200_000m, 300_000.50m), tables.Total.All);
    }

    [Fact]
    public async Task ThePrefilledQuarterlyAnalysisCarriesTheTablesInTheActsLanguage()
    {
        var (database, _) = await FilledAsync();
        await using var __ = database;
        var client = Principal.ForClient("reports", City, [ClientScope.ActsDraft, ClientScope.RegisterRead]);

        var saved = Assert.IsType<DraftOutcome.Saved>(await database.Register.Drafts.CreatePrefilledAsync(client, ActKind.QuarterlyAnalysis, ThirdQuarter, ActLanguage.Ru, Cancellation)).Draft;
        var act = Assert.IsType<QuarterlyAnalysis>(global::Supervision.Reading.ActReader.Read(saved.ActJson).Act);

        Assert.Equal((2025, 3, Today), (act.Year!.Value, act.Quarter!.Value, act.Date!.Value));
        Assert.Equal("Прокуратура города Астаны", act.Office!.Name);
        Assert.Equal(
            ["Протесты 0 0 0 0", "Представления 3 1 0 1", "Предписания 1 1 1 0", "Письменные указания 5 2 1 2", "Постановления об изъятии 1 0 0 0"],
            act.Acts!.Select(row => $"{row.Label} {row.Brought} {row.Considered} {row.Executed} {row.Overdue}"));
        Assert.Equal(
            [
                "Прокуратура города Астаны (аппарат) 0 0.00 0.00",
                "Прокуратура района Сарыарка города Астаны 3 1200000.00 300000.50",
                "Прокуратура района Байконур города Астаны 2 300000.00 149999.50",
                "Итого 5 1500000.00 450000.00",
            ],
            act.Recoveries!.Select(row => FormattableString.Invariant($"{row.Label} {row.Documents} {row.Amount:0.00} {row.Recovered:0.00}")));

        // A district does not make one; a quarter not yet ended is refused; so is a quarter for the annual summary.
        var district = Principal.ForClient("district", Office, [ClientScope.ActsDraft]);
        Assert.IsType<DraftOutcome.Refused>(await database.Register.Drafts.CreatePrefilledAsync(district, ActKind.QuarterlyAnalysis, ThirdQuarter, ActLanguage.Ru, Cancellation));
        Assert.IsType<DraftOutcome.Refused>(await database.Register.Drafts.CreatePrefilledAsync(client, ActKind.QuarterlyAnalysis, new ReportPeriod(2025, 4), ActLanguage.Ru, Cancellation));
        Assert.IsType<DraftOutcome.Refused>(await database.Register.Drafts.CreatePrefilledAsync(client, ActKind.AnnualSummary, ThirdQuarter, ActLanguage.Kk, Cancellation));
    }

    [Fact]
    public async Task AReportIsOwedUntilIssuedAndOverdueAfterTheSeventh()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var city = Principal.ForClient("reports", City, [ClientScope.RegisterRead]);

        // Looking from 7 October 2025, twelve months back: the periods that ended from 7 October 2024 to 6 October 2025;
        // and the check report of each year from 2024: no check is known, so each is due by 7 January of the next year.
        var on7th = await register.ReportsOwedAsync(city, new DateOnly(2025, 10, 7), Cancellation);
        Assert.Equal(
            [
                "annual-summary 2024 - 2025-01-07 overdue",
                "check-report 2024 - 2025-01-07 overdue",
                "check-report 2025 - 2026-01-07 due",
                "quarterly-analysis 2024 4 2025-01-07 overdue",
                "quarterly-analysis 2025 1 2025-04-07 overdue",
                "quarterly-analysis 2025 2 2025-07-07 overdue",
                "quarterly-analysis 2025 3 2025-10-07 due",
            ],
            on7th.Select(Shown).Order(StringComparer.Ordinal));

        // On the 8th the third quarter's is overdue; once the analysis of the third quarter is issued it is owed no more.
        var on8th = await register.ReportsOwedAsync(city, new DateOnly(2025, 10, 8), Cancellation);
        Assert.Contains("quarterly-analysis 2025 3 2025-10-07 overdue", on8th.Select(Shown));
        await IssueAsync(register, In((QuarterlyAnalysis)Example(ActKind.QuarterlyAnalysis), City), City);
        var issued = await register.ReportsOwedAsync(city, new DateOnly(2025, 10, 8), Cancellation);
        Assert.Equal(6, issued.Count);
        Assert.DoesNotContain(issued, owed => owed.Period == ThirdQuarter);

        // A district office owes neither report.
        Assert.Empty(await register.ReportsOwedAsync(Principal.ForClient("district", Office, [ClientScope.RegisterRead]), new DateOnly(2025, 10, 8), Cancellation));
    }

    [Fact]
    public async Task ACheckReportIsOwedEachYearUntilOneWhoseCheckEndedInThatYearIsIssued()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var city = Principal.ForClient("reports", City, [ClientScope.RegisterRead]);
        static string[] Checks(IReadOnlyList<OwedReport> owed) => [.. owed.Where(report => report.Kind == ActKind.CheckReport).Select(Shown)];

        // On 20 October 2025 (twelve months back: from 20 October 2024): no check of 2024 is known, so its report was due by
        // 7 January 2025, the delivery day of the month after a check ending on 31 December; 2025's is due by 7 January 2026.
        Assert.Equal(["check-report 2024 - 2025-01-07 overdue", "check-report 2025 - 2026-01-07 due"], Checks(await register.ReportsOwedAsync(city, Today, Cancellation)));

        // The report of a check held from 2 to 20 December 2024, dated 6 January 2025: 2024 is done.
        var december = In((CheckReport)Example(ActKind.CheckReport), City) with
        {
            Date = new DateOnly(2025, 1, 6),
            PeriodStart = new DateOnly(2024, 1, 1),
            PeriodEnd = new DateOnly(2024, 11, 30),
            CheckStart = new DateOnly(2024, 12, 2),
            CheckEnd = new DateOnly(2024, 12, 20),
        };
        await IssueAsync(register, december, City);
        Assert.Equal(["check-report 2025 - 2026-01-07 due"], Checks(await register.ReportsOwedAsync(city, Today, Cancellation)));

        // A check held from 22 September to 10 October 2025, reported on 15 October: 2025 is done too.
        var october = await IssueAsync(register, december with
        {
            Date = new DateOnly(2025, 10, 15),
            PeriodStart = new DateOnly(2024, 10, 1),
            PeriodEnd = new DateOnly(2025, 9, 30),
            CheckStart = new DateOnly(2025, 9, 22),
            CheckEnd = new DateOnly(2025, 10, 10),
        }, City);
        Assert.Empty(Checks(await register.ReportsOwedAsync(city, Today, Cancellation)));

        // Withdrawn, it no longer counts; and a district office owes no check report.
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(october.Id, Answer(ActStatus.Withdrawn, 10, 20), Cancellation));
        Assert.Equal(["check-report 2025 - 2026-01-07 due"], Checks(await register.ReportsOwedAsync(city, Today, Cancellation)));
        Assert.Empty(Checks(await register.ReportsOwedAsync(Principal.ForClient("district", Office, [ClientScope.RegisterRead]), Today, Cancellation)));
    }

    private static string Shown(OwedReport owed) =>
        FormattableString.Invariant($"{EnumNames.Of(owed.Kind)} {owed.Period.Year} {owed.Period.Quarter?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {owed.Due:yyyy-MM-dd} {(owed.Overdue ? "overdue" : "due")}");
}

public sealed class SqliteReportTableTests : ReportTableTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresReportTableTests : ReportTableTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
