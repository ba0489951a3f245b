using System.Collections.Concurrent;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// Issuing under concurrent requests. The writers queue for the database's write lock (SQLite's busy
/// wait holds a thread while it waits), so these tests run alone, not beside tests that time themselves.
/// </summary>
[CollectionDefinition(nameof(ConcurrentIssues), DisableParallelization = true)]
public sealed class ConcurrentIssues;

public abstract class ConcurrentIssueApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task SixteenConcurrentClientsGetDistinctConsecutiveNumbers()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        await staff.IssueAsync(Instruction()); // registers the office, so that every client finds it by name
        var clients = new List<HttpClient>();
        for (var i = 0; i < 16; i++)
        {
            clients.Add(await Sessions.SignInAsync(api));
        }

        var numbers = new ConcurrentBag<string>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var workers = clients.Select(async client =>
        {
            await start.Task;
            for (var i = 0; i < 2; i++)
            {
                numbers.Add((await staff.IssueAsync(Instruction())).GetProperty("registrationNumber").GetString()!);
            }
        }).ToList();
        start.SetResult();
        await Task.WhenAll(workers);
        clients.ForEach(client => client.Dispose());

        Assert.Equal(Enumerable.Range(2, 32).Select(sequence => $"2-11-25/{sequence}").Order(StringComparer.Ordinal), numbers.Order(StringComparer.Ordinal));
        Assert.Equal(33, await api.CountAsync("SELECT last_sequence FROM number_sequences"));
        Assert.Equal(33, await api.CountAsync("SELECT COUNT(DISTINCT registration_number) FROM issued_acts"));
        Assert.True((await GetJsonAsync(await staff.AsAsync(Staff.Reader), "/api/audit/verify")).GetProperty("holds").GetBoolean());
    }
}

[Collection(nameof(ConcurrentIssues))]
public sealed class SqliteConcurrentIssueApiTests : ConcurrentIssueApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

[Collection(nameof(ConcurrentIssues))]
public sealed class PostgresConcurrentIssueApiTests : ConcurrentIssueApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
