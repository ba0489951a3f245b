using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Supervision.Api.Acts;
using Supervision.Api.Bodies;
using Supervision.Api.Health;
using Supervision.Api.Templates;
using Supervision.Calendar;
using Supervision.Validation;

namespace Supervision.Api.Setup;

/// <summary>Everything the render service is made of, registered in one call from <c>Program.cs</c>.</summary>
public static class RenderApiSetup
{
    /// <summary>Registers the controllers, the generator, limits, problems, OpenAPI and health.</summary>
    public static WebApplicationBuilder AddRenderApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // Before the formats are probed below: the font search the setting names decides whether PDF is available.
        PdfFontSettings.Apply(builder.Configuration);

        services.AddOptions<ApiLimits>().Bind(builder.Configuration.GetSection(ApiLimits.Section));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ApiLimits>>().Value);
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ApiLimits>>((kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = limits.Value.MaxRequestLineBytes;
        });

        services.AddApiProblemDetails();
        services.AddControllers(options => options.Filters.Add<UnknownQueryFilter>())
            .AddJsonOptions(options => options.JsonSerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        // The OpenAPI schemas are generated with these options: make them read numbers as the act reader does.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddApiOpenApi();
        services.AddHealthChecks().AddCheck<GeneratorHealthCheck>("generator").AddCheck<PdfFontsHealthCheck>("pdf-fonts");

        // The validator's clock decides "dated after today": the one the application runs on (tests set their own).
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new ActValidator(ActPolicy.Default, WorkingCalendar.Kazakhstan, clock: provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LiveGenerator>();
        services.AddSingleton(OutputFormatCatalog.Probed);
        services.AddSingleton<JsonBodyReader>();
        services.AddSingleton<ActBodyReader>();
        services.AddSingleton<TemplatePreviewer>();
        return builder;
    }
}
