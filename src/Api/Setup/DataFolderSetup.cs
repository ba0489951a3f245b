using Microsoft.AspNetCore.DataProtection;
using Supervision.Register;

namespace Supervision.Api.Setup;

/// <summary>
/// The service's data folder (<see cref="DataFolder"/>: <c>Data:Path</c>, <c>SUPERVISION_DATA</c>, else
/// <c>~/.local/share/supervision</c>), the same the command line uses: the register's SQLite file and audit
/// key where no other is configured, and the keys that protect session and antiforgery cookies ("keys/").
/// </summary>
public static class DataFolderSetup
{
    /// <summary>The folder the service kept its register in before it had a data folder, under the content root.</summary>
    public const string LegacyRegisterFile = "data/supervision.db";

    /// <summary>
    /// Resolves and creates the data folder, registers it, and keeps the cookie keys in it — or in the folder the
    /// setting <see cref="CookieKeys.Setting"/> names, which replicas on several machines share.
    /// </summary>
    public static DataFolder AddDataFolder(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var data = DataFolder.Resolve(builder.Configuration[DataFolder.Setting]).EnsureCreated();
        builder.Services.AddSingleton(data);
        var keys = CookieKeys.Resolve(builder.Configuration[CookieKeys.Setting], builder.Environment.ContentRootPath, data);
        builder.Services.AddSingleton(keys);
        // Without this, ASP.NET Core keeps them in ~/.aspnet: keys belong with the register they open sessions to.
        builder.Services.AddDataProtection()
            .SetApplicationName("supervision")
            .PersistKeysToFileSystem(new DirectoryInfo(keys.Path));
        return data;
    }

    /// <summary>
    /// The register's connection where none is configured: the data folder's SQLite file. A register left by an
    /// older version under the content root ("src/Api/data/supervision.db") while the data folder has none stops
    /// the start, naming both paths: starting an empty register beside it would hide every act issued so far.
    /// </summary>
    /// <exception cref="InvalidOperationException">An older register exists and the data folder has none.</exception>
    public static string DefaultRegister(DataFolder data, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(data);
        var legacy = Path.GetFullPath(LegacyRegisterFile, contentRoot);
        if (!File.Exists(data.RegisterFile) && File.Exists(legacy))
        {
            throw new InvalidOperationException(
                $"The register is now kept in the data folder {data.Path}, which has none, but an older one exists at {legacy}. " +
                $"Move it there with its audit key (mv '{legacy}' '{legacy}{AuditKeySuffix}' '{data.Path}/'), " +
                $"or keep using it with Register__Connection='{legacy}'. Nothing was started, so that no act is issued into an empty register beside it.");
        }

        return data.RegisterFile;
    }

    private const string AuditKeySuffix = ".audit-key";
}
