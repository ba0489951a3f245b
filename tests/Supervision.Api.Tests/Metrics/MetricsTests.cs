using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Tests.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Metrics;

/// <summary>
/// GET /metrics after the service has rendered, issued, refused a sign-in and stopped a slow preview: the
/// Prometheus text names each series with bounded labels (route templates, catalog names) and counts them.
/// </summary>
public sealed class MetricsTests : RegisterApiTestBase
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;

    [Fact]
    public async Task MetricsCountRequestsByRouteRendersIssuesSignInsAndPreviewTimeouts()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var anonymous = api.CreateClient();

        // Two PDF renders of an order, one DOCX of an instruction.
        foreach (var (kind, format) in new[] { (ActKind.Order, "pdf"), (ActKind.Order, "pdf"), (ActKind.Instruction, "docx") })
        {
            using var render = await anonymous.PostAsync($"/api/acts/render?format={format}", Requests.Json(Requests.Example(kind, ActLanguage.Kk)), Cancellation);
            Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        }

        // An act issued by its signatory's signature (the staff sign in with their passwords first).
        await staff.IssueAsync(Instruction());

        // A sign-in refused: wrong password.
        var stranger = api.CreateClient();
        using (var refused = await Sessions.PostSignInAsync(stranger, Staff.Reader, "not the password"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // A preview stopped at its time limit (2^30 calls, no loop).
        var slow = new JsonObject
        {
            ["kind"] = "instruction",
            ["language"] = "kk",
            ["template"] = "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n{{ func f(n); if n > 0; f(n-1); f(n-1); end; end; f(30) }}\n",
        };
        using (var preview = await anonymous.PostAsync("/api/templates/preview?format=markup", new StringContent(slow.ToJsonString(), Encoding.UTF8, "application/json"), Cancellation))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        }

        using var scrape = await anonymous.GetAsync("/metrics", Cancellation);
        var text = await scrape.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var (samples, types) = PrometheusText.Parse(text);

        // Requests by route template and status, from ASP.NET Core's own meter.
        Assert.Equal("histogram", types["http_server_request_duration_seconds"]);
        // The meters are the process's: other tests running beside this one count too, hence at least; and
        // their requests may add series of the same route and status that differ in another label (ASP.NET Core
        // also labels by scheme, protocol version and error type), hence the sum over every series that matches.
        var renders = Count(samples, "http_server_request_duration_seconds_count", ("http_route", "api/acts/render"), ("http_response_status_code", "200"));
        Assert.True(renders >= 3, $"{renders} renders");
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_count" && s["http_route"] is "signin" or "/signin" && s["http_response_status_code"] == "401");
        Assert.DoesNotContain(samples, s => s["http_route"] is { } route && route.Contains("format=", StringComparison.Ordinal));

        // Render duration by format, kind and outcome.
        Assert.Equal("histogram", types["supervision_render_duration_seconds"]);
        Assert.True(Count(samples, "supervision_render_duration_seconds_count", ("format", "pdf"), ("kind", "order"), ("outcome", "document")) >= 2);
        Assert.True(Count(samples, "supervision_render_duration_seconds_count", ("format", "docx"), ("kind", "instruction"), ("outcome", "document")) >= 1);

        // Signing (which issued the instruction) by operation and outcome.
        Assert.Equal("histogram", types["supervision_register_issue_duration_seconds"]);
        Assert.True(Count(samples, "supervision_register_issue_duration_seconds_count", ("operation", "sign"), ("outcome", "issued")) >= 1);

        // Where the signature's time went, by stage: typesetting, the office's line, the transaction, the head held.
        Assert.Equal("histogram", types["supervision_register_stage_duration_seconds"]);
        Assert.All(Stages, stage => Assert.True(Count(samples, "supervision_register_stage_duration_seconds_count", ("stage", stage)) >= 1, stage));

        // Sign-ins: the staff's (signed in), the stranger's (refused).
        Assert.Equal("counter", types["supervision_signin_attempts_total"]);
        Assert.True(Count(samples, "supervision_signin_attempts_total", ("method", "password"), ("outcome", "signed-in")) >= 1);
        Assert.True(Count(samples, "supervision_signin_attempts_total", ("method", "password"), ("outcome", "refused")) >= 1);

        // The preview stopped at its time limit.
        Assert.True(Count(samples, "supervision_preview_timeouts_total", ("reason", "time-limit")) >= 1);

        // No label carries a login or a person's name.
        Assert.DoesNotContain(samples, s => s.Labels.Values.Any(value => value.Contains(Staff.Reader, StringComparison.Ordinal) || value.Contains(Staff.Deputy, StringComparison.Ordinal)));
    }

    private static readonly string[] Stages = [RegisterTimings.Render, RegisterTimings.Turn, RegisterTimings.Store, RegisterTimings.Hold];

    private static double Count(IReadOnlyList<PrometheusSample> samples, string name, params (string Label, string Value)[] labels) =>
        samples.Where(s => s.Name == name && labels.All(label => s[label.Label] == label.Value)).Sum(s => s.Value);
}
