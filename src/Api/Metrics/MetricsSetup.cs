using OpenTelemetry.Metrics;
using Supervision.Api.Access;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Api.Metrics;

/// <summary>
/// Metrics for operators: OpenTelemetry over the service's meters (requests by route template and status
/// from ASP.NET Core's own <c>http.server.request.duration</c>; renders, the register's signing and issuing
/// and its failures, sign-ins, preview timeouts), exported in Prometheus' text format at <see cref="Path"/>.
/// Who may scrape it is the capability <see cref="Capability.Metrics"/>. Every metric is listed in
/// <c>docs/operations.md</c>.
/// </summary>
public static class MetricsSetup
{
    /// <summary>Where Prometheus scrapes.</summary>
    public const string Path = "/metrics";

    /// <summary>Registers the meters and the Prometheus exporter.</summary>
    public static WebApplicationBuilder AddServiceMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(RenderMetrics.MeterName, RegisterMetrics.MeterName, ApiMetrics.MeterName)
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>Maps <see cref="Path"/>, behind the metrics capability and out of the OpenAPI document.</summary>
    public static WebApplication MapServiceMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(Path)
            .RequireAuthorization(Capability.Metrics)
            .ExcludeFromDescription();
        return app;
    }
}
