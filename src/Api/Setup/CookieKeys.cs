using Supervision.Register;

namespace Supervision.Api.Setup;

/// <summary>
/// The folder of the key ring that protects the session and antiforgery cookies (ASP.NET Core's data protection):
/// the setting <see cref="Setting"/> (environment <c>Data__KeysPath</c>), else <c>keys/</c> in the data folder.
/// Replicas behind one load balancer must share it — a folder on shared storage (NFS), the same for every
/// replica — or a session begun on one is refused by the other. The keys are secrets: whoever holds them can forge
/// any person's session, so they never go into the register's database; the folder is created owner-only (0700).
/// </summary>
public sealed class CookieKeys
{
    /// <summary>The configuration key (environment <c>Data__KeysPath</c>).</summary>
    public const string Setting = "Data:KeysPath";

    /// <summary>The sub-folder of the data folder that holds them by default.</summary>
    public const string DefaultFolder = "keys";

    private CookieKeys(string path, bool shared)
    {
        Path = path;
        Shared = shared;
    }

    /// <summary>The key ring's folder, full path.</summary>
    public string Path { get; }

    /// <summary>Whether the folder was named by the setting (rather than the data folder's own).</summary>
    public bool Shared { get; }

    /// <summary>
    /// The folder <paramref name="configured"/> names (relative paths from <paramref name="contentRoot"/>), else the
    /// data folder's <c>keys/</c>; created owner-only where it is missing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The folder cannot be created; the start stops naming it.</exception>
    public static CookieKeys Resolve(string? configured, string contentRoot, DataFolder data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var keys = string.IsNullOrWhiteSpace(configured)
            ? new CookieKeys(data.Sub(DefaultFolder), shared: false)
            : new CookieKeys(System.IO.Path.GetFullPath(configured.Trim(), contentRoot), shared: true);
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(keys.Path);
            }
            else
            {
                Directory.CreateDirectory(keys.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"The folder of the cookie keys {keys.Path} (setting {Setting}) cannot be created: {exception.Message}", exception);
        }

        return keys;
    }

    /// <inheritdoc/>
    public override string ToString() => Shared ? $"{Path} (from the setting {Setting})" : Path;
}
