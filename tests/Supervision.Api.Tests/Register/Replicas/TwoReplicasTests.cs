using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Tests.Register.Idempotency;
using Supervision.Reading;
using Supervision.Register;

namespace Supervision.Api.Tests.Register.Replicas;

/// <summary>
/// Issue 16, point 6: two service processes (<c>dotnet Supervision.Api.dll</c>, each on its own loopback port)
/// over one PostgreSQL schema, as replicas behind a load balancer. Signatories of two offices sign concurrently
/// through both: each office's numbers come out unique and gapless (both replicas take them from one counter row,
/// so each often finds the number it rendered with taken by the other and renders again); a template version
/// approved through one replica renders on the other once the live set's age (one second) has passed; the audit
/// chain, whose head row serialises every writer of both processes, holds.
/// </summary>
[Collection(nameof(ConcurrentIssues))]
public sealed class TwoReplicasTests : RegisterApiTestBase
{
    private const int DraftsPerOffice = 24;
    private const string FirstPassword = "a long first password 1";
    private const string OrderPath = "templates-ru/order.sbn";
    private const string ShippedEnding = "о результатах исполнения письменно сообщить в прокуратуру.";
    private const string ApprovedEnding = "о результатах исполнения письменно сообщить в прокуратуру с приложением подтверждающих документов.";

    private protected override RegisterProvider Provider => RegisterProvider.Postgres;

    [Fact]
    public async Task TwoProcessesOnOnePostgresIssueGaplessNumbersShareTemplatesAndKeepTheAuditChain()
    {
        await using var database = await TestDatabase.CreateAsync(RegisterProvider.Postgres, "supervision-replicas-", "supervision.db", "replicas_test_");
        var drafts = await PrepareAsync(database);
        await using var first = await ServiceProcess.StartAsync(database.Connection, database.DataFolder, Cancellation);
        await using var second = await ServiceProcess.StartAsync(database.Connection, database.DataFolder, Cancellation);
        var replicas = new[] { first, second };

        // Three sessions of each office's signatory on each replica, all signing at once.
        var numbers = new ConcurrentBag<(string Office, string Number, int Replica)>();
        var failures = new ConcurrentBag<string>();
        var workers = new List<Task>();
        foreach (var (login, office) in new[] { (Staff.Deputy, "2-11"), (Staff.OtherSignatory, "2-12") })
        {
            var queue = new ConcurrentQueue<long>(drafts[office]);
            for (var session = 0; session < 6; session++)
            {
                var replica = session % 2;
                var client = await replicas[replica].SignInAsync(login, Sessions.Password, Cancellation);
                workers.Add(Task.Run(async () =>
                {
                    using (client)
                    {
                        while (queue.TryDequeue(out var id))
                        {
                            using var response = await client.PostAsync($"/api/drafts/{id}/sign", null, Cancellation);
                            var body = await response.Content.ReadAsStringAsync(Cancellation);
                            if (response.StatusCode != HttpStatusCode.OK)
                            {
                                failures.Add($"draft {id} on replica {replica}: {(int)response.StatusCode} {body}");
                                continue;
                            }

                            numbers.Add((office, JsonDocument.Parse(body).RootElement.GetProperty("registrationNumber").GetString()!, replica));
                        }
                    }
                }, Cancellation));
            }
        }

        // While they sign: a new wording of the Russian order proposed and approved through the first replica.
        using var editor = await first.SignInAsync(Staff.Reader, Sessions.Password, Cancellation);
        using var approver = await first.SignInAsync(Staff.SecondEditor, Sessions.Password, Cancellation);
        using var reader = await second.SignInAsync(Staff.Reader, Sessions.Password, Cancellation);
        var beforeOnSecond = await RenderOrderAsync(reader);
        var text = (await GetJsonAsync(editor, $"/api/templates/versions/text?path={Uri.EscapeDataString(OrderPath)}")).GetProperty("text").GetString()!;
        var proposed = await SendAsync(editor, "/api/templates/proposals", new JsonObject { ["path"] = OrderPath, ["text"] = text.Replace(ShippedEnding, ApprovedEnding, StringComparison.Ordinal) }, HttpStatusCode.Created);
        var approved = await SendAsync(approver, "/api/templates/proposals/approve", new JsonObject { ["path"] = OrderPath, ["version"] = proposed.GetProperty("version").GetInt32() }, HttpStatusCode.OK);

        // The second replica reads the live set again once the one it holds is a second old (TemplateVersions.LiveSetMaxAge).
        await Task.Delay(TemplateVersions.LiveSetMaxAge + TimeSpan.FromMilliseconds(200), Cancellation);
        var afterOnSecond = await RenderOrderAsync(reader);

        await Task.WhenAll(workers);
        var audit = await GetJsonAsync(reader, "/api/audit/verify");

        Assert.Empty(failures);
        Assert.Contains(ShippedEnding, beforeOnSecond, StringComparison.Ordinal);
        Assert.Equal("live", approved.GetProperty("state").GetString());
        Assert.Contains(ApprovedEnding, afterOnSecond, StringComparison.Ordinal);
        Assert.DoesNotContain(ShippedEnding, afterOnSecond, StringComparison.Ordinal);
        foreach (var office in new[] { "2-11", "2-12" })
        {
            var issued = numbers.Where(entry => entry.Office == office).ToList();
            Assert.Equal(
                Enumerable.Range(1, DraftsPerOffice).Select(sequence => $"{office}-25/{sequence}").Order(StringComparer.Ordinal),
                issued.Select(entry => entry.Number).Order(StringComparer.Ordinal));

            // Both replicas issued acts of the office: they took numbers from the same counter.
            Assert.Equal([0, 1], issued.Select(entry => entry.Replica).Distinct().Order());
            Assert.Equal(DraftsPerOffice, await database.CountAsync($"SELECT last_sequence FROM number_sequences WHERE office_code = '{office}'"));
        }

        Assert.Equal(2 * DraftsPerOffice, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(2 * DraftsPerOffice, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'sign'"));
        Assert.True(audit.GetProperty("holds").GetBoolean(), audit.ToString());
    }

    private static async Task<string> RenderOrderAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/acts/render?format=text", Requests.Json(Requests.Example(ActKind.Order, ActLanguage.Ru)), Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, string uri, JsonNode body, HttpStatusCode expected)
    {
        using var response = await client.PostAsync(uri, Requests.Json(body), Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == expected, $"POST {uri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The offices and people, and each office's submitted drafts of the example instruction, made in the register before the services start.</summary>
    private static async Task<Dictionary<string, List<long>>> PrepareAsync(TestDatabase database)
    {
        await using var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = database.Connection, AuditKeyFile = database.AuditKeyFile }, Cancellation);
        await Sessions.EnsureOfficesAsync(register);
        await register.Offices.AddAsync(new OfficeRegistration("2", OfficeLevel.Regional, "Астана қаласының прокуратурасы", "Прокуратура города Астаны", "90"), "tests", Cancellation);
        await register.Offices.AddAsync(new OfficeRegistration("2-11", OfficeLevel.District, "Астана қаласы Сарыарқа ауданының прокуратурасы", "Прокуратура района Сарыарка города Астаны", "2"), "tests", Cancellation);
        await register.Offices.AddAsync(new OfficeRegistration("2-12", OfficeLevel.District, "Астана қаласы Байқоңыр ауданының прокуратурасы", OtherOfficeName, "2"), "tests", Cancellation);
        foreach (var login in new[] { Staff.Drafter, Staff.Deputy, Staff.OtherDrafter, Staff.OtherSignatory, Staff.Reader, Staff.SecondEditor })
        {
            Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(Staff.Profile(login) with { Iin = Sessions.Iin(login), Password = FirstPassword }, "tests", Cancellation));
            Assert.IsType<PersonOutcome.Done>(await register.SignIns.ChangePasswordAsync(login, FirstPassword, Sessions.Password, Cancellation));
        }

        var drafts = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var (drafter, signatory, office, otherOffice) in new[] { (Staff.Drafter, Staff.Deputy, "2-11", false), (Staff.OtherDrafter, Staff.OtherSignatory, "2-12", true) })
        {
            var principal = Principal.ForPerson(drafter, office, [PersonRole.Drafter]);
            var act = ActReader.Read(Instruction(otherProsecutor: otherOffice, otherOffice: otherOffice).ToJsonString()).Act!;
            drafts[office] = [];
            for (var i = 0; i < DraftsPerOffice; i++)
            {
                var created = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.CreateAsync(principal, act, Cancellation));
                Assert.IsType<DraftOutcome.Saved>(await register.Drafts.SubmitAsync(principal, created.Draft.Id, signatory, Cancellation));
                drafts[office].Add(created.Draft.Id);
            }
        }

        return drafts;
    }
}
