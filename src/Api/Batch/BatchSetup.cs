using Microsoft.Extensions.Options;

namespace Supervision.Api.Batch;

/// <summary>Registers batch rendering: its limits (section <see cref="BatchLimits.Section"/>) and its body reader.</summary>
public static class BatchSetup
{
    /// <summary>Adds what <see cref="BatchController"/> needs.</summary>
    public static WebApplicationBuilder AddActBatches(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<BatchLimits>().Bind(builder.Configuration.GetSection(BatchLimits.Section))
            .Validate(limits => limits.MaxBodyBytes > 0 && limits.MaxBodyBytes <= int.MaxValue && limits.MaxItems > 0,
                "Batch:MaxBodyBytes must lie between 1 and 2147483647, Batch:MaxItems must be positive")
            .ValidateOnStart();
        builder.Services.AddSingleton(provider => provider.GetRequiredService<IOptions<BatchLimits>>().Value);
        builder.Services.AddSingleton<BatchBodyReader>();
        return builder;
    }
}
