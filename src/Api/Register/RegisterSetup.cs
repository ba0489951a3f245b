using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Api.Setup;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>The register of issued acts in the service: its settings, the shared register, its start and health.</summary>
public static class RegisterSetup
{
    /// <summary>
    /// Registers <see cref="RegisterHost"/> (the register named by <c>Register:Connection</c>), the
    /// background open on start, the "register" health check, the idempotent writes' keys in flight, and the
    /// hourly forgetting of answers kept past <see cref="RegisterSettings.KeepAnswersFor"/>.
    /// </summary>
    public static WebApplicationBuilder AddActRegister(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RegisterSettings>().Bind(builder.Configuration.GetSection(RegisterSettings.Section));
        services.AddOptions<Signing.SigningSettings>().Bind(builder.Configuration.GetSection(Signing.SigningSettings.Section));
        var publicBaseUrl = PublicAddress.Resolve(builder.Configuration);
        var data = Setup.DataFolderSetup.AddDataFolder(builder);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConsoleNotice>();
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<RegisterSettings>>().Value;
            var signing = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Signing.SigningSettings>>().Value;
            var connection = Connection(settings.Connection, builder.Environment.ContentRootPath, data);
            return new RegisterHost(
                new RegisterOptions
                {
                    Connection = connection,
                    AuditKey = string.IsNullOrWhiteSpace(settings.AuditKey) ? null : settings.AuditKey,
                    AuditKeyFile = AuditKeyFile(settings, connection, builder.Environment.ContentRootPath, data),
                    Clock = provider.GetRequiredService<TimeProvider>(),
                    TrustStore = string.IsNullOrWhiteSpace(signing.TrustStore) ? null : Path.GetFullPath(signing.TrustStore.Trim(), builder.Environment.ContentRootPath),
                    PublicBaseUrl = publicBaseUrl,
                    KeepAnswersFor = settings.KeepAnswersFor,
                },
                provider.GetRequiredService<ILogger<RegisterHost>>(),
                provider.GetRequiredService<ConsoleNotice>());
        });
        services.AddSingleton<Idempotency.IdempotencyGate>();
        services.AddSingleton<Idempotency.IdempotentWrites>();
        services.AddHostedService<RegisterWarmup>();
        services.AddHostedService<AnswerForgetting>();
        services.AddHealthChecks().AddCheck<RegisterHealthCheck>("register");
        services.AddRegisterReadLimit();
        return builder;
    }

    /// <summary>
    /// The audit key's file: the setting <c>Register:AuditKeyFile</c> (relative paths from the content root); none
    /// where the key is the setting <c>Register:AuditKey</c>; else, for PostgreSQL, the data folder's
    /// (<see cref="PostgresAuditKey"/>, which refuses a key left in the working folder by an older version), and for
    /// SQLite the register's own default beside its file (null).
    /// </summary>
    /// <exception cref="RegisterException">A PostgreSQL register's key lies in the working folder and the data folder has none.</exception>
    public static string? AuditKeyFile(RegisterSettings settings, string connection, string contentRoot, DataFolder data)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!string.IsNullOrWhiteSpace(settings.AuditKeyFile))
        {
            return Path.GetFullPath(settings.AuditKeyFile.Trim(), contentRoot);
        }

        return string.IsNullOrWhiteSpace(settings.AuditKey)
            ? PostgresAuditKey.DefaultFile(data, connection, Directory.GetCurrentDirectory())
            : null;
    }

    /// <summary>
    /// The connection the register opens: the configured one, with a bare SQLite path taken from the
    /// content root (its folder is created when the register opens); the data folder's file where none is configured.
    /// </summary>
    /// <exception cref="InvalidOperationException">None is configured and an older register lies under the content root (<see cref="Setup.DataFolderSetup.DefaultRegister"/>).</exception>
    public static string Connection(string? configured, string contentRoot, DataFolder data)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        // The order is the command line's too (RegisterConnection); only the older register's check is the service's.
        var chosen = RegisterConnection.Resolve(contentRoot, data, (configured, RegisterConnection.Setting));
        return chosen.IsDataFolderDefault ? Setup.DataFolderSetup.DefaultRegister(data, contentRoot) : chosen.Connection;
    }
}
