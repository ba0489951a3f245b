using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>What a database failure answers: a value the database refuses is a 422 naming where, never a
/// 503; a database out of reach is a 503 and /health says Degraded and why; the log names the reason
/// (SQLSTATE or SQLite code, constraint) but never the value.</summary>
public abstract class RegisterFailureApiTests : RegisterApiTestBase
{
    private const string Constraint = "drafts_refused_by_test";

    [Fact]
    public async Task AConstraintTheValidatorDoesNotKnowIs422NamingItAndTheRegisterStaysHealthy()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var drafter = await staff.AsAsync(Staff.Drafter);
        // A rule of the database that no validation repeats: provoked behind the application's back.
        await api.ExecuteAsync(Provider == RegisterProvider.Postgres
            ? $"ALTER TABLE drafts ADD CONSTRAINT {Constraint} CHECK (kind <> 'instruction') NOT VALID"
            : $"CREATE TRIGGER {Constraint} BEFORE INSERT ON drafts WHEN NEW.kind = 'instruction' BEGIN SELECT RAISE(ABORT, '{Constraint}'); END");

        using var refused = await drafter.PostAsync("/api/drafts", Requests.Json(Instruction()), Cancellation);
        var health = await drafter.GetFromJsonAsync<JsonElement>("/health", Cancellation);

        var problem = await Problems.AssertProblem(refused, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.ValueRefused);
        Assert.Equal(Constraint, problem.GetProperty("field").GetString());
        Assert.Contains(Constraint, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("register").GetProperty("status").GetString());
        var logged = Assert.Single(api.Logs.Lines, line => line.Category.Contains("RegisterErrors", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains(Provider == RegisterProvider.Postgres ? "SQLSTATE 23514 check_violation" : "SQLITE_CONSTRAINT (19/1811)", logged.Message, StringComparison.Ordinal);
        Assert.Contains(Constraint, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubmissionOrProtestWhoseTermEndsAfterTheLastDayIsRefusedNot500()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);

        foreach (var kind in new[] { ActKind.Submission, ActKind.Protest })
        {
            var act = Requests.Example(kind, ActLanguage.Ru);
            act["date"] = "9999-12-31";
            // Submissions and protests of a district office are signed by its head.
            var draft = await staff.CreateDraftAsync(act, Staff.Drafter, Staff.Head);
            using var submitted = await staff.SubmitAsync(draft, Staff.Drafter, Staff.Head);

            // The validator's date bounds refuse it at submit, naming the field, as signing would
            // (DueDateTests pin the register's own guard).
            var problem = await Problems.AssertProblem(submitted, HttpStatusCode.UnprocessableEntity, ProblemTypes.ActInvalid);
            var error = Assert.Single(Problems.Errors(problem), error => error.GetProperty("path").GetString() == "date");
            Assert.Equal("date-out-of-range", error.GetProperty("code").GetString());
        }

        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task AStatusChangeAnsweredOnTheLastDayIsRefusedAsAWrongDate()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var issued = await staff.IssueAsync(Instruction());
        var deputy = await staff.AsAsync(Staff.Deputy);

        using var changed = await ChangeStatusAsync(deputy, issued.GetProperty("id").GetInt64(), "executed", "9999-12-31");

        var problem = await Problems.AssertProblem(changed, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.StatusChangeRefused);
        Assert.Contains("9999-12-31", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SqliteRegisterFailureApiTests : RegisterFailureApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;

    [Fact]
    public async Task ADatabaseFileGoneAfterOpeningIs503AndHealthSaysDegradedAndWhy()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var reader = await staff.AsAsync(Staff.Reader);
        var drafter = await staff.AsAsync(Staff.Drafter);
        using var before = await reader.GetAsync("/api/acts/issued", Cancellation);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // The register's folder is replaced by a file: no connection can open the database any more.
        var folder = Path.GetDirectoryName(api.Connection)!;
        Directory.Move(folder, folder + ".away");
        await File.WriteAllTextAsync(folder, "not a folder", Cancellation);
        SqliteConnection.ClearAllPools();
        try
        {
            using var list = await reader.GetAsync("/api/acts/issued", Cancellation);
            using var draft = await drafter.PostAsync("/api/drafts", Requests.Json(Instruction()), Cancellation);
            using var anonymous = api.CreateClient();
            using var health = await anonymous.GetAsync("/health", Cancellation);
            var report = await health.Content.ReadFromJsonAsync<JsonElement>(Cancellation);

            await Problems.AssertProblem(list, HttpStatusCode.ServiceUnavailable, RegisterProblemTypes.RegisterUnavailable);
            Assert.True(list.Headers.RetryAfter is not null, "a 503 says when to try again");
            await Problems.AssertProblem(draft, HttpStatusCode.ServiceUnavailable, RegisterProblemTypes.RegisterUnavailable);
            // Not ready: a load balancer takes it out of rotation, though it still renders (issue 16).
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("Degraded", report.GetProperty("status").GetString());
            var register = report.GetProperty("checks").GetProperty("register");
            Assert.Equal("Degraded", register.GetProperty("status").GetString());
            Assert.Contains("SQLITE_CANTOPEN", register.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(folder, register.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Contains(api.Logs.Lines, line => line.Level == LogLevel.Error && line.Message.Contains("SQLITE_CANTOPEN", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(folder);
            Directory.Move(folder + ".away", folder);
        }
    }
}

public sealed class PostgresRegisterFailureApiTests : RegisterFailureApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;

    [Fact]
    public async Task ANulCharacterPostgreSqlCannotStoreIs422NotA503()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var draft = await staff.DraftAsync(Instruction(), Staff.Drafter, Staff.Deputy);
        var deputy = await staff.AsAsync(Staff.Deputy);

        // Remarks are free text that no rule checks for control characters: PostgreSQL refuses the NUL (SQLSTATE 22021).
        using var returned = await deputy.PostAsync($"/api/drafts/{draft}/return", Requests.Json(new System.Text.Json.Nodes.JsonObject { ["remarks"] = "Уточните номер\u0000 производства" }), Cancellation);
        var health = await api.CreateClient().GetFromJsonAsync<JsonElement>("/health", Cancellation);

        var problem = await Problems.AssertProblem(returned, HttpStatusCode.UnprocessableEntity, RegisterProblemTypes.ValueRefused);
        Assert.Contains("NUL character", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("register").GetProperty("status").GetString());
        var logged = Assert.Single(api.Logs.Lines, line => line.Category.Contains("RegisterErrors", StringComparison.Ordinal));
        Assert.Contains("SQLSTATE 22021 character_not_in_repertoire", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Уточните", string.Join("\n", api.Logs.Lines.Select(line => line.Message)), StringComparison.Ordinal);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM drafts WHERE state = 'returned'"));
    }
}
