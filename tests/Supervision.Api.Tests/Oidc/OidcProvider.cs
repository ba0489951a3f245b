using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Supervision.Api.Tests.Oidc;

/// <summary>
/// A real OpenID Provider for the tests: the npm package oidc-provider run by <c>provider.mjs</c> under
/// node, on 127.0.0.1 at a free port. Started in two steps, because each side's address is known only
/// once it listens: <see cref="StartAsync"/> gives the issuer for the service's settings, then
/// <see cref="ReadyAsync"/> hands it the service's redirect URI and the accounts. Its packages are those
/// of <c>Oidc/package-lock.json</c>; where <c>npm ci</c> has not been run (as <c>.ci/run</c> does), it is run first.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    /// <summary>The client the service is registered as.</summary>
    public const string ClientId = "supervision";

    private static readonly SemaphoreSlim Install = new(1, 1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _node;
    private readonly StringBuilder _errors = new();

    private OidcProvider(Process node, string clientSecret)
    {
        _node = node;
        ClientSecret = clientSecret;
    }

    /// <summary>The provider's issuer, "http://127.0.0.1:PORT".</summary>
    public Uri Issuer { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The client's secret, new for each provider.</summary>
    public string ClientSecret { get; }

    /// <summary>The folder of provider.mjs and its package.json.</summary>
    public static string Folder { get; } = typeof(OidcProvider).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "OidcProviderFolder").Value!;

    /// <summary>Starts node with provider.mjs and waits until it listens.</summary>
    public static async Task<OidcProvider> StartAsync(CancellationToken cancellationToken)
    {
        await EnsurePackagesAsync(cancellationToken);
        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        start.Environment["OIDC_CLIENT_ID"] = ClientId;
        start.Environment["OIDC_CLIENT_SECRET"] = secret;
        var provider = new OidcProvider(Process.Start(start) ?? throw new InvalidOperationException("node did not start"), secret);
        provider._node.ErrorDataReceived += (_, line) => provider.Error(line.Data);
        provider._node.BeginErrorReadLine();
        var listening = await provider.ReadLineAsync("listening ", cancellationToken);
        provider.Issuer = new Uri(listening["listening ".Length..]);
        return provider;
    }

    /// <summary>Gives the provider the service's redirect URI and its accounts (subject → password and claims), and waits until it serves.</summary>
    public async Task ReadyAsync(Uri redirectUri, IReadOnlyDictionary<string, OidcAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        var json = JsonSerializer.Serialize(accounts.ToDictionary(account => account.Key, account => new { password = account.Value.Password, claims = account.Value.Claims }));
        await _node.StandardInput.WriteLineAsync(redirectUri.AbsoluteUri.AsMemory(), cancellationToken);
        await _node.StandardInput.WriteLineAsync(json.AsMemory(), cancellationToken);
        await _node.StandardInput.FlushAsync(cancellationToken);
        await ReadLineAsync("ready", cancellationToken);
    }

    /// <summary>Closes node's standard input, on which it stops; kills it if it does not.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            _node.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _node.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _node.Kill(entireProcessTree: true);
        }

        _node.Dispose();
    }

    private void Error(string? line)
    {
        lock (_errors)
        {
            _errors.AppendLine(line);
        }
    }

    private async Task<string> ReadLineAsync(string expected, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        while (await _node.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(expected, StringComparison.Ordinal))
            {
                return line;
            }
        }

        lock (_errors)
        {
            throw new InvalidOperationException($"provider.mjs ended before \"{expected}\": {_errors}");
        }
    }

    /// <summary>Runs <c>npm ci</c> once where the packages are missing (a developer's first run; .ci/run installs them before the tests).</summary>
    private static async Task EnsurePackagesAsync(CancellationToken cancellationToken)
    {
        await Install.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "oidc-provider", "package.json")))
            {
                return;
            }

            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("npm did not start: install Node.js and npm (apt-get install nodejs npm)");
            var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
            await npm.StandardOutput.ReadToEndAsync(cancellationToken);
            await npm.WaitForExitAsync(cancellationToken);
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {Folder} failed: {await errors}");
            }
        }
        finally
        {
            Install.Release();
        }
    }
}

/// <summary>An account of the test provider.</summary>
/// <param name="Password">The password its login form takes.</param>
/// <param name="Claims">The claims beside "sub" ("preferred_username", "iin", "name").</param>
public sealed record OidcAccount(string Password, IReadOnlyDictionary<string, string> Claims);
