using Supervision.Acts;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// Issuing renders an act outside the write transaction with the number its office's counter gives next:
/// what changes between the render and the store (another process taking the number, a template published,
/// the draft returned) is noticed in the transaction, and the act is rendered again or the decision refused,
/// never stored with a number, a template version or a draft it was not rendered with.
/// </summary>
public abstract class IssuingOutsideTheLockTests : RegisterProviderTests
{
    private const string InstructionTemplate = "templates-ru/instruction.sbn";

    private protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The text of the PDF issued (the one document rendered at issue), its spaces and line breaks as single spaces.</summary>
    private protected static string PdfText(IReadOnlyList<IssuedDocument> documents) =>
        System.Text.RegularExpressions.Regex.Replace(ExternalTools.PdfText(documents.Single(document => document.Format == OutputFormat.Pdf).Content), @"\s+", " ");

    /// <summary>The offices and their staff, and <paramref name="count"/> drafts of the example instruction that the
    /// deputy drafted and submitted to himself: he signs them.</summary>
    private protected static async Task<(Principal Deputy, List<long> Drafts)> SubmittedAsync(ActRegister register, int count)
    {
        await Staff.RegisterOfficesAsync(register);
        var deputy = Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Deputy(), Staff.Admin, Cancellation)).Person;
        var principal = Principal.ForPerson(deputy.Login, deputy.OfficeCode, deputy.Roles);
        var drafts = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var created = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.CreateAsync(principal, Example(ActKind.Instruction), Cancellation)).Draft;
            Assert.IsType<DraftOutcome.Saved>(await register.Drafts.SubmitAsync(principal, created.Id, deputy.Login, Cancellation));
            drafts.Add(created.Id);
        }

        return (principal, drafts);
    }

    /// <summary>Runs <paramref name="meanwhile"/> once, after the first render and before its transaction.</summary>
    private static Func<IssueStage, ValueTask> OnceAfterRendering(Func<Task> meanwhile, Action rendered)
    {
        var first = true;
        return async stage =>
        {
            if (stage == IssueStage.Rendered)
            {
                rendered();
                if (first)
                {
                    first = false;
                    await meanwhile();
                }
            }
        };
    }

    [Fact]
    public async Task AnotherProcessTakingTheNumberWhileTheActIsRenderedMakesItRenderAgainWithTheNext()
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Instruction);
        await IssueAsync(database.Register, act);
        var otherProcess = await database.OpenAnotherAsync();
        var renders = 0;
        database.Register.IssueFault = OnceAfterRendering(() => IssueAsync(otherProcess, act), () => renders++);

        var outcome = Assert.IsType<IssueOutcome.Issued>(await database.Register.IssueAsync(new IssueRequest(act, Issuer, Office), Cancellation));

        // Rendered first with /2, which the other process took; rendered again with /3 and stored so.
        Assert.Equal(2, renders);
        Assert.Equal("2-11-25/3", outcome.Act.RegistrationNumber);
        Assert.Contains("2-11-25/3", PdfText(outcome.Documents), StringComparison.Ordinal);
        Assert.DoesNotContain("2-11-25/2", PdfText(outcome.Documents), StringComparison.Ordinal);
        Assert.Equal(outcome.Act.Sha256[OutputFormat.Pdf], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(outcome.Documents.Single(document => document.Format == OutputFormat.Pdf).Content)));
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(3, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    /// <summary>
    /// Another process takes the number after every render: the first attempts give up, and the last renders again
    /// inside its transaction with the number it took. On PostgreSQL the PDF was written before the audit head was
    /// locked (it printed the number expected): it is replaced, so the act keeps one PDF, the one with its number,
    /// whose bytes match the hash the act records (audit verify reads the kept bytes against it).
    /// </summary>
    [Fact]
    public async Task AnotherProcessTakingTheNumberAtEveryAttemptMakesTheLastOneRenderInsideItsTransaction()
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Instruction);
        await IssueAsync(database.Register, act);
        var otherProcess = await database.OpenAnotherAsync();
        var renders = 0;
        database.Register.IssueFault = async stage =>
        {
            if (stage == IssueStage.Rendered)
            {
                renders++;
                await IssueAsync(otherProcess, act);
            }
        };

        var outcome = Assert.IsType<IssueOutcome.Issued>(await database.Register.IssueAsync(new IssueRequest(act, Issuer, Office), Cancellation));

        // Rendered with /2, /3, /4 and /5, each taken by the other process meanwhile; the last attempt took /6 and rendered it.
        Assert.Equal(ActIssuer.Attempts, renders);
        Assert.Equal("2-11-25/6", outcome.Act.RegistrationNumber);
        Assert.Matches(@"2-11-25/6(?!\d)", PdfText(outcome.Documents));
        Assert.DoesNotContain("2-11-25/5", PdfText(outcome.Documents), StringComparison.Ordinal);
        Assert.Equal(6, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(6, await database.CountAsync("SELECT COUNT(*) FROM issued_documents"));
        Assert.Equal(1, await database.CountAsync($"SELECT COUNT(*) FROM issued_documents WHERE act_id = {outcome.Act.Id}"));
        Assert.Equal(1, await database.CountAsync($"SELECT COUNT(*) FROM issued_documents WHERE act_id = {outcome.Act.Id} AND sha256 = '{outcome.Act.Sha256[OutputFormat.Pdf]}'"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task IssuersOfOneOfficeRenderSideBySideAndStillNumberOneToNWhenSomeGiveUpTheirNumbers()
    {
        await using var database = await CreateAsync();
        var act = Example(ActKind.Instruction);
        await IssueAsync(database.Register, act);
        var renders = 0;
        // Every seventh render fails after its number was handed out: the issuers behind it in line hold wrong numbers.
        database.Register.IssueFault = stage => stage == IssueStage.Rendered && Interlocked.Increment(ref renders) % 7 == 0
            ? throw new IOException("the render's disk is full")
            : ValueTask.CompletedTask;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 48).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await database.Register.IssueAsync(new IssueRequest(act, Issuer, Office), Cancellation) as IssueOutcome.Issued;
            }
            catch (IOException)
            {
                return null;
            }
        })));

        var issued = outcomes.OfType<IssueOutcome.Issued>().ToList();
        Assert.InRange(issued.Count, 1, 47);
        Assert.Equal(Enumerable.Range(2, issued.Count), issued.Select(outcome => outcome.Act.Sequence).Order());
        Assert.All(issued, outcome => Assert.Matches(System.Text.RegularExpressions.Regex.Escape(outcome.Act.RegistrationNumber) + @"(?!\d)", PdfText(outcome.Documents)));
        Assert.Equal(issued.Count + 1, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(issued.Count + 1, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
        Assert.True((await database.Register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task ATemplatePublishedWhileTheActIsRenderedMakesItRenderAgainWithTheVersionItRecords()
    {
        await using var database = await CreateAsync();
        var otherProcess = await database.OpenAnotherAsync();
        var edited = (await otherProcess.TemplateTextAsync(InstructionTemplate, cancellationToken: Cancellation))!.Replace("ТРЕБУЮ:", "ТРЕБУЮ НЕЗАМЕДЛИТЕЛЬНО:", StringComparison.Ordinal);
        var renders = 0;
        database.Register.IssueFault = OnceAfterRendering(
            async () => Assert.IsType<PublishOutcome.Published>(await otherProcess.PublishTemplateAsync(InstructionTemplate, edited, "editor", Cancellation)),
            () => renders++);

        var outcome = Assert.IsType<IssueOutcome.Issued>(await database.Register.IssueAsync(new IssueRequest(Example(ActKind.Instruction), Issuer, Office), Cancellation));

        Assert.Equal(2, renders);
        Assert.Contains(new TemplateUse(InstructionTemplate, 2), outcome.Act.Templates);
        Assert.Contains("ТРЕБУЮ НЕЗАМЕДЛИТЕЛЬНО:", PdfText(outcome.Documents), StringComparison.Ordinal);
        Assert.Equal("2-11-25/1", outcome.Act.RegistrationNumber);
    }

    [Fact]
    public async Task ADraftReturnedWhileItsActIsRenderedIsNotIssued()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var (principal, drafts) = await SubmittedAsync(register, 1);
        var draft = drafts.Single();
        var otherProcess = await database.OpenAnotherAsync();
        var renders = 0;
        register.IssueFault = OnceAfterRendering(
            async () => Assert.IsType<DraftOutcome.Saved>(await otherProcess.Drafts.ReturnAsync(principal, draft, "Уточните срок.", Cancellation)),
            () => renders++);

        var refused = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.SignAsync(principal, draft, Cancellation));

        Assert.Equal(1, renders);
        Assert.Equal(Refusal.Conflict, refused.Refusal.Code);
        Assert.Contains("returned", refused.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM number_sequences"));
        Assert.Equal(DraftState.Returned, (await otherProcess.Drafts.GetAsync(principal, draft, Cancellation))!.State);
    }
}

public sealed class SqliteIssuingOutsideTheLockTests : IssuingOutsideTheLockTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresIssuingOutsideTheLockTests : IssuingOutsideTheLockTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;

    /// <summary>How many backends hold a lock on audit_head (a SELECT … FOR UPDATE of it: the table's and the row's) while another blocks them.</summary>
    private const string Queued = "SELECT COUNT(DISTINCT pid) FROM pg_locks WHERE relation = 'audit_head'::regclass AND cardinality(pg_blocking_pids(pid)) > 0";

    /// <summary>How many backends blocked by another hold the lock an INSERT into issued_documents takes (they wrote a document).</summary>
    private const string DocumentsWrittenWhileQueued =
        "SELECT COUNT(DISTINCT pid) FROM pg_locks WHERE relation = 'issued_documents'::regclass AND mode = 'RowExclusiveLock' AND cardinality(pg_blocking_pids(pid)) > 0";

    /// <summary>
    /// PostgreSQL queues writers for a row lock, so the office's next signature does not wait in the service for the
    /// one before to commit: once that one holds the audit head, the next one writes its PDF and sends its command
    /// (the head's lock, the draft, the office's number), which waits in the database and runs the moment the first
    /// commits. Numbers still follow the order they were handed out in, and each PDF prints its own.
    /// </summary>
    [Fact]
    public async Task TheOfficesNextSignatureWaitsForTheAuditHeadInTheDatabaseWhileTheOneBeforeWrites()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var (principal, drafts) = await SubmittedAsync(register, 2);

        // The first signature stops once its rows are written, its transaction open and holding the head.
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stored = 0;
        register.IssueFault = async stage =>
        {
            if (stage == IssueStage.ActStored && Interlocked.Increment(ref stored) == 1)
            {
                writing.SetResult();
                await release.Task;
            }
        };
        var first = Task.Run(() => register.Drafts.SignAsync(principal, drafts[0], Cancellation), Cancellation);
        Task<DraftOutcome> second;
        try
        {
            await writing.Task.WaitAsync(Cancellation);
            second = Task.Run(() => register.Drafts.SignAsync(principal, drafts[1], Cancellation), Cancellation);

            // A backend holding a lock on audit_head (its SELECT … FOR UPDATE) and blocked by another: the second's.
            var queued = 0L;
            for (var tries = 0; queued == 0 && !second.IsCompleted && tries < 600; tries++)
            {
                await Task.Delay(50, Cancellation);
                queued = await database.CountAsync(Queued);
            }

            Assert.Equal(1, queued);
            Assert.False(second.IsCompleted);
            Assert.Equal(1, stored);

            // And it wrote its PDF before it asked for the head: while blocked, it already holds the lock an INSERT
            // into issued_documents takes, so the PDF's rows are not written while every other writer waits.
            Assert.Equal(1, await database.CountAsync(DocumentsWrittenWhileQueued));
        }
        finally
        {
            release.TrySetResult();
        }

        var issued = (await Task.WhenAll(first, second)).Select(outcome => Assert.IsType<DraftOutcome.Issued>(outcome)).ToList();
        Assert.Equal(["2-11-25/1", "2-11-25/2"], issued.Select(outcome => outcome.Act.RegistrationNumber));
        Assert.All(issued, outcome => Assert.Matches(System.Text.RegularExpressions.Regex.Escape(outcome.Act.RegistrationNumber) + @"(?!\d)", PdfText(outcome.Documents)));
        Assert.Equal(2, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
        Assert.Equal(0, await database.CountAsync(Queued));
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }
}
