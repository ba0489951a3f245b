using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Reading;
using Supervision.Register;

namespace Supervision.Api.Tests.Register.Idempotency;

/// <summary>
/// Issue 13's kill test: the real service signs many drafts for concurrent clients, each request with its own
/// <c>Idempotency-Key</c>, and is killed with SIGKILL midway; started again on the same register, it is sent
/// every request again with its key. Every act is then stored once (numbers 1..N, one per draft), and every
/// answer is the first one wherever the client got one before the kill.
/// </summary>
public abstract class KillSigningTests : RegisterApiTestBase
{
    private const int Drafts = 30;
    private const string FirstPassword = "a long first password 1";

    [Fact]
    public async Task KillingTheServiceWhileItSignsThenRetryingEveryKeyStoresEachActOnceAndAnswersAsFirst()
    {
        await using var database = await TestDatabase.CreateAsync(Provider, "supervision-kill-sign-", "supervision.db", "kill_sign_test_");
        var drafts = await PrepareAsync(database);
        var firstAnswers = new ConcurrentDictionary<long, KeyedAnswer>();

        long storedAtKill;
        await using (var service = await ServiceProcess.StartAsync(database.Connection, database.DataFolder, Cancellation))
        {
            using var deputy = await service.SignInAsync(Staff.Deputy, Sessions.Password, Cancellation);
            var queue = new ConcurrentQueue<long>(drafts);
            var workers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
            {
                while (queue.TryDequeue(out var id))
                {
                    try
                    {
                        firstAnswers[id] = await KeyedAnswer.PostAsync(deputy, Sign(id), Key(id), cancellation: Cancellation);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
                    {
                        return; // the service is gone: this client never got an answer
                    }
                }
            })).ToList();
            var deadline = Stopwatch.StartNew();
            while (await database.CountAsync("SELECT COUNT(*) FROM issued_acts") < Drafts / 3)
            {
                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "the service signed too slowly");
                await Task.Delay(5, Cancellation);
            }

            await service.KillAsync();
            await Task.WhenAll(workers);
            storedAtKill = await database.CountAsync("SELECT COUNT(*) FROM issued_acts");
        }

        var retries = new Dictionary<long, KeyedAnswer>();
        var again = new Dictionary<long, KeyedAnswer>();
        JsonElement audit;
        await using (var service = await ServiceProcess.StartAsync(database.Connection, database.DataFolder, Cancellation))
        {
            using var deputy = await service.SignInAsync(Staff.Deputy, Sessions.Password, Cancellation);
            foreach (var id in drafts)
            {
                retries[id] = await KeyedAnswer.PostAsync(deputy, Sign(id), Key(id), cancellation: Cancellation);
            }

            foreach (var id in drafts)
            {
                again[id] = await KeyedAnswer.PostAsync(deputy, Sign(id), Key(id), cancellation: Cancellation);
            }

            using var reader = await service.SignInAsync(Staff.Reader, Sessions.Password, Cancellation);
            audit = JsonDocument.Parse(await reader.GetStringAsync("/api/audit/verify", Cancellation)).RootElement.Clone();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"killed with {storedAtKill} of {Drafts} acts stored and {firstAnswers.Count} answers received; {retries.Values.Count(answer => answer.Replayed)} retries replayed");

        // The kill came midway: some acts were stored, not all; some answers reached the client, not all.
        Assert.InRange(storedAtKill, Drafts / 3, Drafts - 1);
        Assert.InRange(firstAnswers.Count, 1, Drafts - 1);
        Assert.All(firstAnswers.Values, answer => Assert.True(answer.Status == HttpStatusCode.OK, answer.Body));
        Assert.All(retries.Values, answer => Assert.True(answer.Status == HttpStatusCode.OK, answer.Body));
        Assert.All(firstAnswers, first => Assert.True(retries[first.Key].Replayed && retries[first.Key].SameAs(first.Value), $"draft {first.Key}: the retry answered {retries[first.Key]}, the first {first.Value}"));
        Assert.All(drafts, id => Assert.True(again[id].Replayed && again[id].SameAs(retries[id]), $"draft {id}: the second retry differs"));

        Assert.Equal(Drafts, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(Drafts, await database.CountAsync("SELECT COUNT(DISTINCT sequence) FROM issued_acts"));
        Assert.Equal((1L, (long)Drafts), (await database.CountAsync("SELECT MIN(sequence) FROM issued_acts"), await database.CountAsync("SELECT MAX(sequence) FROM issued_acts")));
        Assert.Equal(Drafts, await database.CountAsync("SELECT last_sequence FROM number_sequences"));
        Assert.Equal(Drafts, await database.CountAsync("SELECT COUNT(DISTINCT issued_act_id) FROM drafts WHERE state = 'issued'"));
        Assert.Equal(Drafts, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'sign'"));
        Assert.Equal(Drafts, await database.CountAsync("SELECT COUNT(*) FROM idempotency_records WHERE operation = 'sign'"));
        Assert.Equal(Drafts, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'remember-answer'"));
        Assert.Equal(
            Enumerable.Range(1, Drafts).Select(sequence => $"2-11-25/{sequence}").Order(StringComparer.Ordinal),
            retries.Values.Select(answer => JsonDocument.Parse(answer.Body).RootElement.GetProperty("registrationNumber").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(audit.GetProperty("holds").GetBoolean(), audit.ToString());
    }

    private static string Sign(long id) => $"/api/drafts/{id}/sign";

    private static string Key(long id) => KeyedAnswer.Quoted($"sign-draft-{id}");

    /// <summary>The offices, the drafter, the deputy who signs and an auditor, and the submitted drafts, made in the register before the service starts.</summary>
    private static async Task<IReadOnlyList<long>> PrepareAsync(TestDatabase database)
    {
        await using var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = database.Connection, AuditKeyFile = database.AuditKeyFile }, Cancellation);
        await Sessions.EnsureOfficesAsync(register);
        await register.Offices.AddAsync(new OfficeRegistration("2", OfficeLevel.Regional, "Астана қаласының прокуратурасы", "Прокуратура города Астаны", "90"), "tests", Cancellation);
        await register.Offices.AddAsync(new OfficeRegistration("2-11", OfficeLevel.District, "Астана қаласы Сарыарқа ауданының прокуратурасы", "Прокуратура района Сарыарка города Астаны", "2"), "tests", Cancellation);
        foreach (var login in new[] { Staff.Drafter, Staff.Deputy, Staff.Reader })
        {
            Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Profile(login) with { Iin = Sessions.Iin(login), Password = FirstPassword }, "tests", Cancellation));
            Assert.IsType<PersonOutcome.Done>(await register.SignIns.ChangePasswordAsync(login, FirstPassword, Sessions.Password, Cancellation));
        }

        var drafter = Principal.ForPerson(Staff.Drafter, Office, [PersonRole.Drafter]);
        var act = ActReader.Read(Instruction().ToJsonString()).Act!;
        var ids = new List<long>();
        for (var i = 0; i < Drafts; i++)
        {
            var created = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.CreateAsync(drafter, act, Cancellation));
            Assert.IsType<DraftOutcome.Saved>(await register.Drafts.SubmitAsync(drafter, created.Draft.Id, Staff.Deputy, Cancellation));
            ids.Add(created.Draft.Id);
        }

        return ids;
    }
}

[Collection(nameof(ConcurrentIssues))]
public sealed class SqliteKillSigningTests : KillSigningTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

[Collection(nameof(ConcurrentIssues))]
public sealed class PostgresKillSigningTests : KillSigningTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
