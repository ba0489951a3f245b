using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Supervision.Api.Tests.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// Issue 16, readiness while the register opens: a replica whose PostgreSQL does not answer yet is live (200) but
/// not ready (503, the register's check saying it is still being opened) for as long as the open takes, and ready
/// once the database answers and the register is open — so a load balancer sends it nothing it could only answer
/// by waiting or with a 503.
/// </summary>
public sealed class ReadinessTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WhileItsRegisterIsBeingOpenedTheServiceIsLiveButNotReadyAndReadyOnceItIsOpen()
    {
        await using var database = await TestDatabase.CreateAsync(RegisterProvider.Postgres, "supervision-readiness-", "supervision.db", "readiness_test_");
        var server = new NpgsqlConnectionStringBuilder(database.Connection);
        await using var gate = DatabaseGate.Before(server.Host!, server.Port);
        // Npgsql waits up to Timeout seconds for the server's first answer, which the gate holds back.
        var slow = new NpgsqlConnectionStringBuilder(database.Connection) { Host = "127.0.0.1", Port = gate.Port, Timeout = 300 }.ConnectionString;
        await using var api = await RegisterApi.CreateAsync(RegisterProvider.Postgres, ("Register:Connection", slow));
        using var client = api.CreateClient();

        // The register opens as the service starts: its first connection reaches the gate and waits there.
        await WaitUntilAsync(() => Task.FromResult(gate.Connections > 0), "the register did not try to reach its database");
        using var live = await client.GetAsync("/health/live", Cancellation);
        using var ready = await client.GetAsync("/health/ready", Cancellation);
        var readiness = await ready.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Degraded", readiness.GetProperty("status").GetString());
        var register = readiness.GetProperty("checks").GetProperty("register");
        Assert.Equal("Degraded", register.GetProperty("status").GetString());
        Assert.Contains("still being opened", register.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", readiness.GetProperty("checks").GetProperty("generator").GetProperty("status").GetString());

        gate.Open();
        JsonElement after = default;
        await WaitUntilAsync(async () =>
        {
            using var answer = await client.GetAsync("/health/ready", Cancellation);
            after = await answer.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
            return answer.StatusCode == HttpStatusCode.OK;
        }, "the service did not become ready once its database answered");

        Assert.Equal("Healthy", after.GetProperty("status").GetString());
        Assert.Equal("the register of issued acts is open", after.GetProperty("checks").GetProperty("register").GetProperty("description").GetString());
        Assert.True(await database.CountAsync("SELECT COUNT(*) FROM template_versions") > 0, "the register was opened through the gate: its shipped templates are stored");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), failure);
            await Task.Delay(100, Cancellation);
        }
    }
}
