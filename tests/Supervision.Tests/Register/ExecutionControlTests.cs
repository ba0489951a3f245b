using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

public abstract class ExecutionControlTests : RegisterProviderTests
{
    private const string Other = "Серікбаев Нұрлан Асқарұлы";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static Instruction Due(DateOnly deadline, string? surname = null)
    {
        var act = (Instruction)Example(ActKind.Instruction);
        var signatory = act.Signatory!;
        return act with
        {
            Deadline = deadline,
            Signatory = surname is null ? signatory : signatory with { Name = signatory.Name! with { Surname = surname, GivenName = "Нұрлан", Patronymic = "Асқарұлы" } },
        };
    }

    private static Instruction ForTheState(DateOnly deadline)
    {
        var act = Due(deadline);
        var proceeding = act.Proceeding!;
        return act with
        {
            Proceeding = proceeding with
            {
                Number = "5120/25",
                Creditor = new Party { Kind = PartyKind.State, Name = "Республиканское государственное учреждение «Департамент государственных доходов по городу Астане»" },
                Amount = 1000m,
            },
        };
    }

    private static StatusChange Executed(int month, int day, string? number = "15-2/1", decimal? recovered = null) =>
        new(ActStatus.Executed, new DateOnly(2025, month, day), number, "Әбдірахманов Д.", recovered);

    [Fact]
    public async Task StatusesMoveFromIssuedToExecutedAnsweredOrWithdrawnWithTheAnswer()
    {
        await using var database = await CreateAsync();
        database.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var register = database.Register;
        var first = await IssueAsync(register, Due(new DateOnly(2025, 11, 4)));
        var second = await IssueAsync(register, Due(new DateOnly(2025, 11, 4)));

        var answered = Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(first.Id, new StatusChange(ActStatus.Answered, new DateOnly(2025, 10, 30), "15-2/330", "Әбдірахманов Д."), Cancellation)).Act;
        var executed = Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(first.Id, Executed(11, 3, "15-2/341"), Cancellation)).Act;
        var afterFinal = await register.ChangeStatusAsync(first.Id, new StatusChange(ActStatus.Withdrawn, new DateOnly(2025, 11, 5), null, "Әбдірахманов Д."), Cancellation);
        var withdrawn = Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(second.Id, new StatusChange(ActStatus.Withdrawn, new DateOnly(2025, 10, 20), null, "Әбдірахманов Д."), Cancellation)).Act;

        Assert.Equal((ActStatus.Answered, "15-2/330"), (answered.Status, answered.AnswerNumber));
        Assert.Equal((ActStatus.Executed, new DateOnly(2025, 11, 3), "15-2/341"), (executed.Status, executed.AnswerDate, executed.AnswerNumber));
        Assert.Contains("executed already", Assert.IsType<StatusOutcome.Refused>(afterFinal).Message, StringComparison.Ordinal);
        Assert.Equal(ActStatus.Withdrawn, withdrawn.Status);
        var stored = (await register.GetAsync(first.Id, Cancellation))!;
        Assert.Equal(AuditPayloads.Status(executed), AuditPayloads.Status(stored));
        Assert.Equal(AuditPayloads.Issue(first), AuditPayloads.Issue(stored));
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task AStatusChangeWithoutItsAnswerOrWithImpossibleDatesIsRefused()
    {
        await using var database = await CreateAsync();
        database.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var act = await IssueAsync(database.Register, Due(new DateOnly(2025, 11, 4)));

        Assert.IsType<StatusOutcome.Refused>(await database.Register.ChangeStatusAsync(act.Id, Executed(11, 3, number: null), Cancellation));
        Assert.IsType<StatusOutcome.Refused>(await database.Register.ChangeStatusAsync(act.Id, Executed(10, 1), Cancellation));
        Assert.IsType<StatusOutcome.Refused>(await database.Register.ChangeStatusAsync(act.Id, Executed(11, 11), Cancellation));
        Assert.IsType<StatusOutcome.Refused>(await database.Register.ChangeStatusAsync(act.Id, Executed(11, 3, recovered: -1m), Cancellation));
        Assert.IsType<StatusOutcome.Refused>(await database.Register.ChangeStatusAsync(act.Id, new StatusChange(ActStatus.Issued, new DateOnly(2025, 11, 3), "1", "x"), Cancellation));
        Assert.IsType<StatusOutcome.NotFound>(await database.Register.ChangeStatusAsync(999, Executed(11, 3), Cancellation));
        Assert.Equal(ActStatus.Issued, (await database.Register.GetAsync(act.Id, Cancellation))!.Status);
    }

    [Fact]
    public async Task DueSoonAndOverdueListsArePerOfficeAndPerProsecutor()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var inWindowEnd = await IssueAsync(register, Due(new DateOnly(2025, 11, 4)));
        var overdue = await IssueAsync(register, Due(new DateOnly(2025, 10, 24)));
        await IssueAsync(register, Due(new DateOnly(2025, 11, 20), "Серікбаев"));
        var otherOffice = Due(new DateOnly(2025, 10, 28), "Серікбаев");
        var elsewhere = await IssueAsync(register, otherOffice with { Office = otherOffice.Office! with { Name = "Прокуратура района Байконур города Астаны" } }, "2-12");
        var done = await IssueAsync(register, Due(new DateOnly(2025, 10, 27)));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(done.Id, Executed(10, 20), Cancellation));
        var asOf = new DateOnly(2025, 10, 27);

        var all = await register.ControlAsync(new ControlQuery(AsOf: asOf, DueSoonDays: 8), Cancellation);
        var office = await register.ControlAsync(new ControlQuery("2-11", AsOf: asOf, DueSoonDays: 8), Cancellation);
        var prosecutor = await register.ControlAsync(new ControlQuery(Prosecutor: Other, AsOf: asOf, DueSoonDays: 8), Cancellation);
        var narrow = await register.ControlAsync(new ControlQuery(AsOf: asOf, DueSoonDays: 7), Cancellation);

        Assert.Equal([elsewhere.Id, inWindowEnd.Id], all.DueSoon.Select(act => act.Id));
        Assert.Equal([overdue.Id], all.Overdue.Select(act => act.Id));
        Assert.Equal([new ControlGroup("2-11", 1, 1), new ControlGroup("2-12", 1, 0)], all.ByOffice);
        Assert.Equal([new ControlGroup(Other, 1, 0), new ControlGroup("Әбдірахманов Даурен Қайратұлы", 1, 1)], all.ByProsecutor);
        Assert.Equal([inWindowEnd.Id], office.DueSoon.Select(act => act.Id));
        Assert.Equal([elsewhere.Id], prosecutor.DueSoon.Select(act => act.Id));
        Assert.Empty(prosecutor.Overdue);
        Assert.Equal([elsewhere.Id], narrow.DueSoon.Select(act => act.Id));
    }

    [Fact]
    public async Task TheListFiltersByOfficeProsecutorStatusAndDueDate()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var a = await IssueAsync(register, Due(new DateOnly(2025, 11, 4)));
        var b = await IssueAsync(register, Due(new DateOnly(2025, 10, 24), "Серікбаев"));
        var c = await IssueAsync(register, Example(ActKind.Protest));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(a.Id, Executed(10, 20), Cancellation));

        async Task<IEnumerable<long>> Ids(RegisterQuery query) => (await register.ListAsync(query, Cancellation)).Select(act => act.Id);

        Assert.Equal([a.Id, b.Id, c.Id], await Ids(new RegisterQuery()));
        Assert.Equal([b.Id], await Ids(new RegisterQuery { Prosecutor = Other }));
        Assert.Equal([b.Id, c.Id], await Ids(new RegisterQuery { Status = ActStatus.Issued }));
        Assert.Equal([a.Id, b.Id], await Ids(new RegisterQuery { DueBefore = new DateOnly(2025, 11, 5) }));
        Assert.Equal([c.Id], await Ids(new RegisterQuery { Kind = ActKind.Protest, OfficeCode = Office }));
        Assert.Empty(await Ids(new RegisterQuery { OfficeCode = "9-99" }));
        Assert.Equal([b.Id], await Ids(new RegisterQuery { Limit = 1, Offset = 1 }));
        Assert.Equal(c.Id, (await register.FindAsync(c.RegistrationNumber, Cancellation))!.Id);
        // The example protest's term ends on Saturday 20 December 2025: it is due on Monday 22 December.
        Assert.Equal(new DateOnly(2025, 12, 22), c.DueDate);
    }

    [Fact]
    public async Task IndicatorsCountActsOnTimeLateOverdueAndTheSumsCollectedForTheState()
    {
        await using var database = await CreateAsync();
        database.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        var register = database.Register;
        var onTime = await IssueAsync(register, Due(new DateOnly(2025, 11, 4)));
        var late = await IssueAsync(register, Due(new DateOnly(2025, 10, 24)));
        await IssueAsync(register, Due(new DateOnly(2025, 11, 20)));
        var overdue = await IssueAsync(register, Due(new DateOnly(2025, 11, 5)));
        var state = await IssueAsync(register, ForTheState(new DateOnly(2025, 11, 1)));
        var stateAgain = await IssueAsync(register, ForTheState(new DateOnly(2025, 11, 3)));
        await IssueAsync(register, Example(ActKind.Protest));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(onTime.Id, Executed(11, 4), Cancellation));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(late.Id, new StatusChange(ActStatus.Answered, new DateOnly(2025, 10, 30), "7", "x"), Cancellation));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(state.Id, Executed(10, 31, recovered: 400m), Cancellation));
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(stateAgain.Id, new StatusChange(ActStatus.Withdrawn, new DateOnly(2025, 10, 31), null, "x"), Cancellation));

        var indicators = await register.IndicatorsAsync(new IndicatorQuery(Office, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31)), Cancellation);

        Assert.Equal(new DateOnly(2025, 11, 10), indicators.AsOf);
        Assert.Equal(6, indicators.Issued);
        Assert.Equal(new Dictionary<ActKind, int> { [ActKind.Instruction] = 6 }, indicators.IssuedByKind);
        Assert.Equal((6, 2, 1, 1, 1, 1), (indicators.WithTerm, indicators.OnTime, indicators.Late, indicators.Overdue, indicators.InTerm, indicators.Withdrawn));
        Assert.Equal(0.5m, indicators.OnTimeShare);
        Assert.Equal(new StateRecovery(1, 1000m, 400m), indicators.State);
        Assert.Equal(0.4m, indicators.State.Share);
        Assert.NotEmpty(indicators.NotComputable);
        Assert.Equal(overdue.DueDate, new DateOnly(2025, 11, 5));
    }
}

public sealed class SqliteExecutionControlTests : ExecutionControlTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresExecutionControlTests : ExecutionControlTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
