using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>
/// The Server-Timing header (W3C): a signature that issues an act says how long it was typeset, waited for the
/// office's act before it, stored, and held the audit head; a write that issues nothing says only the last two;
/// a read says nothing. Every write transaction is timed where it commits, whichever part of the register makes it.
/// </summary>
public abstract partial class ServerTimingApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task ASignatureThatIssuesSaysHowLongItRenderedWaitedStoredAndHeldTheHead()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var drafter = await staff.AsAsync(Staff.Drafter);
        var id = await staff.CreateDraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);

        using var submitted = await drafter.PostAsync($"/api/drafts/{id}/submit", Requests.Json(new System.Text.Json.Nodes.JsonObject { ["signatory"] = Staff.Deputy }), Cancellation);
        using var signed = await (await staff.AsAsync(Staff.Deputy)).PostAsync($"/api/drafts/{id}/sign", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var issued = (await ReadJsonAsync(signed)).GetProperty("issuedActId").GetInt64();
        using var read = await (await staff.AsAsync(Staff.Reader)).GetAsync($"/api/acts/issued/{issued}", Cancellation);

        var issuing = Stages(signed);
        Assert.Equal([RegisterTimings.Render, RegisterTimings.Turn, RegisterTimings.Store, RegisterTimings.Hold], issuing.Keys);
        Assert.True(issuing[RegisterTimings.Render] > 0, "an instruction takes some time to typeset");
        Assert.True(issuing[RegisterTimings.Store] >= issuing[RegisterTimings.Hold], $"the head is held within the transaction: {signed.Headers.GetValues(ServerTimingHeader).Single()}");

        // Submitting writes the draft and its audit entry: a transaction and a hold, nothing typeset.
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal([RegisterTimings.Store, RegisterTimings.Hold], Stages(submitted).Keys);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.False(read.Headers.Contains(ServerTimingHeader));
    }

    [Fact]
    public async Task AStatusChangeSaysHowLongItStoredAndHeldTheHead()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        api.Clock.Set(new DateTimeOffset(2025, 11, 10, 4, 0, 0, TimeSpan.Zero));
        await staff.IssueAsync(Instruction("2025-11-04"));

        using var answered = await ChangeStatusAsync(await staff.AsAsync(Staff.Deputy), 1, "answered", "2025-11-06");

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var stages = Stages(answered);
        Assert.Equal([RegisterTimings.Store, RegisterTimings.Hold], stages.Keys);
        Assert.True(stages[RegisterTimings.Store] >= stages[RegisterTimings.Hold], $"the head is held within the transaction: {answered.Headers.GetValues(ServerTimingHeader).Single()}");
    }

    [Fact]
    public async Task AReplayedAnswerWroteNothingAndSaysNothing()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var id = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var deputy = await staff.AsAsync(Staff.Deputy);

        async Task<HttpResponseMessage> SignAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/drafts/{id}/sign");
            request.Headers.Add("Idempotency-Key", "\"timing-1\"");
            return await deputy.SendAsync(request, Cancellation);
        }

        using var first = await SignAsync();
        using var replayed = await SignAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(RegisterTimings.Store, Stages(first).Keys);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal("true", Assert.Single(replayed.Headers.GetValues("Idempotency-Replayed")));
        Assert.False(replayed.Headers.Contains(ServerTimingHeader), "a replayed answer wrote nothing");
    }

    [Fact]
    public async Task AClientSignedInByItsKeyIsToldAsAPersonIs()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        using var client = await Sessions.ClientOfOfficeAsync(api, "erp", "2-11", ClientScope.ActsDraft);

        using var drafted = await client.PostAsync("/api/drafts", Requests.Json(Instruction()), Cancellation);

        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        Assert.Equal([RegisterTimings.Store, RegisterTimings.Hold], Stages(drafted).Keys);
    }

    private const string ServerTimingHeader = "Server-Timing";

    /// <summary>The header's metrics, name to duration in ms, in order; each must carry a description and a duration.</summary>
    private static Dictionary<string, double> Stages(HttpResponseMessage response)
    {
        var value = Assert.Single(response.Headers.GetValues(ServerTimingHeader));
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in value.Split(", "))
        {
            var match = Metric().Match(metric);
            Assert.True(match.Success, $"'{metric}' is not a Server-Timing metric with a description and a duration");
            stages.Add(match.Groups["name"].Value, double.Parse(match.Groups["dur"].Value, CultureInfo.InvariantCulture));
        }

        return stages;
    }

    [GeneratedRegex("""^(?<name>[a-z]+);desc="[^"\\]+";dur=(?<dur>\d+\.\d)$""")]
    private static partial Regex Metric();
}

public sealed class SqliteServerTimingApiTests : ServerTimingApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresServerTimingApiTests : ServerTimingApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
