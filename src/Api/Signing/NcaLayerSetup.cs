using Microsoft.Extensions.Options;

namespace Supervision.Api.Signing;

/// <summary>Reads <c>Signing:NcaLayerUrl</c> once, at start: a value that is not a WebSocket address stops the start, naming the setting.</summary>
public static class NcaLayerSetup
{
    /// <summary>Binds and checks the NCALayer address the inbox page signs through.</summary>
    public static WebApplicationBuilder AddNcaLayer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new NcaLayerSettings();
        builder.Configuration.GetSection(NcaLayerSettings.Section).Bind(settings);
        if (settings.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        builder.Services.AddSingleton(Options.Create(settings));
        return builder;
    }
}
