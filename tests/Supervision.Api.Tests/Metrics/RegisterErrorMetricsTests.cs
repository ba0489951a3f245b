using System.Net;
using Microsoft.Data.Sqlite;
using Supervision.Api.Register;
using Supervision.Api.Tests.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Metrics;

/// <summary>
/// <c>supervision_register_errors_total</c> counts each register failure answered to a caller once, by kind: a value
/// the database refuses (422 value-refused) as <c>refused</c>, a database out of reach (503 register-unavailable)
/// as <c>unavailable</c>; a request the register answers is no error.
/// </summary>
[Collection(nameof(ExactMetrics))]
public sealed class RegisterErrorMetricsTests : RegisterApiTestBase
{
    private const string Errors = "supervision_register_errors_total";
    private const string Constraint = "drafts_refused_by_metrics_test";
    private static readonly string[] Kinds = ["refused", "unavailable", "damaged", "unexpected"];

    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;

    [Fact]
    public async Task ARefusedValueAndADatabaseOutOfReachEachCountOnceByKind()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var drafter = await staff.AsAsync(Staff.Drafter);
        var reader = await staff.AsAsync(Staff.Reader);
        using var anonymous = api.CreateClient();
        await api.ExecuteAsync($"CREATE TRIGGER {Constraint} BEFORE INSERT ON drafts WHEN NEW.kind = 'instruction' BEGIN SELECT RAISE(ABORT, '{Constraint}'); END");
        using (var listed = await reader.GetAsync("/api/acts/issued", Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        }

        var before = await ExactMetrics.ScrapeAsync(anonymous);

        // Two values refused: a rule of the database no validation repeats.
        for (var i = 0; i < 2; i++)
        {
            using var refused = await drafter.PostAsync("/api/drafts", Requests.Json(Instruction()), Cancellation);
            await Problems.AssertProblem(refused, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.ValueRefused);
        }

        // One request while the database cannot be opened: its folder replaced by a file.
        var folder = Path.GetDirectoryName(api.Connection)!;
        Directory.Move(folder, folder + ".away");
        await File.WriteAllTextAsync(folder, "not a folder", Cancellation);
        SqliteConnection.ClearAllPools();
        try
        {
            using var unavailable = await reader.GetAsync("/api/acts/issued", Cancellation);
            await Problems.AssertProblem(unavailable, HttpStatusCode.ServiceUnavailable, RegisterProblemTypes.RegisterUnavailable);
        }
        finally
        {
            File.Delete(folder);
            Directory.Move(folder + ".away", folder);
        }

        // Answered again: no error.
        using (var listed = await reader.GetAsync("/api/acts/issued", Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        }

        var after = await ExactMetrics.ScrapeAsync(anonymous, before);

        Assert.Equal(2, after.Since(before, Errors, ("kind", "refused")));
        Assert.Equal(1, after.Since(before, Errors, ("kind", "unavailable")));
        Assert.Equal(0, after.Since(before, Errors, ("kind", "damaged")));
        Assert.Equal(0, after.Since(before, Errors, ("kind", "unexpected")));
        Assert.Equal(3, after.Since(before, Errors));
        Assert.All(after.Samples.Where(s => s.Name == Errors), s => Assert.Contains(s["kind"], Kinds));
    }
}
