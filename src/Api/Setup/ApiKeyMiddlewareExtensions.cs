namespace Supervision.Api.Setup;

/// <summary>Wires the API key check into the pipeline.</summary>
public static class ApiKeyMiddlewareExtensions
{
    /// <summary>Registers the configured keys (<see cref="ApiKeys"/>).</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services) =>
        services.AddSingleton(provider => ApiKeys.From(provider.GetRequiredService<IConfiguration>()));

    /// <summary>Requires a configured key on every <c>/api</c> request once any key is configured.</summary>
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) => app.UseMiddleware<ApiKeyMiddleware>();
}
