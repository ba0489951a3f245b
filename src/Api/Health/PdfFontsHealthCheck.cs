using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervision.Rendering.Pdf;
using Supervision.Rendering.Pdf.Fonts;

namespace Supervision.Api.Health;

/// <summary>
/// Healthy when a font carrying every Kazakh and Russian letter is installed for PDF; degraded otherwise (DOCX and
/// HTML still render, PDF answers 503 <c>format-unavailable</c>), saying which package to install.
/// </summary>
internal sealed class PdfFontsHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(HealthCheckResult.Healthy($"PDF is set in {PdfFonts.Description}"));
        }
        catch (FontsUnavailableException exception)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"PDF cannot be rendered: {exception.Message}"));
        }
    }
}
