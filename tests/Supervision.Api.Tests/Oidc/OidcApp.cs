using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Supervision.Api.Oidc;

namespace Supervision.Api.Tests.Oidc;

/// <summary>
/// The real service, listening with Kestrel on 127.0.0.1 at a free port (the provider sends the browser
/// back to it over real HTTP), configured with a real OpenID Provider (<see cref="OidcProvider"/>) as its
/// authority. Subclasses choose the person claim and how it is matched, and register the test people.
/// </summary>
public abstract class OidcApp : IAsyncLifetime
{
    /// <summary>The password of every account at the test provider.</summary>
    public const string ProviderPassword = "provider password 1";

    private readonly Factory _factory = new();

    /// <summary>The provider.</summary>
    public OidcProvider Provider { get; private set; } = null!;

    /// <summary>The running service (its register is reachable through <see cref="Sessions.RegisterAsync"/>).</summary>
    public WebApplicationFactory<Program> Api => _factory;

    /// <summary>Where the service listens: "http://127.0.0.1:PORT/".</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The register's SQLite file.</summary>
    public string RegisterFile => _factory.RegisterFile;

    /// <summary>The claim that names the person.</summary>
    protected abstract string PersonClaim { get; }

    /// <summary>What the claim is matched against.</summary>
    protected abstract OidcPersonMatch PersonMatch { get; }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Provider = await OidcProvider.StartAsync(Cancellation);
        _factory.Settings["Authentication:Oidc:Authority"] = Provider.Issuer.AbsoluteUri;
        _factory.Settings["Authentication:Oidc:ClientId"] = OidcProvider.ClientId;
        _factory.Settings["Authentication:Oidc:ClientSecret"] = Provider.ClientSecret;
        _factory.Settings["Authentication:Oidc:PersonClaim"] = PersonClaim;
        _factory.Settings["Authentication:Oidc:PersonMatch"] = PersonMatch.ToString().ToLowerInvariant();
        _factory.Settings["Authentication:Oidc:RequireHttpsMetadata"] = "false";
        Address = _factory.StartKestrel();
        var accounts = await RegisterPeopleAsync(_factory);
        await Provider.ReadyAsync(new Uri(Address, OidcSignIn.CallbackPath), accounts, Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Registers the test people in the service's register and returns the provider's accounts (subject → password and claims).</summary>
    protected abstract Task<IReadOnlyDictionary<string, OidcAccount>> RegisterPeopleAsync(WebApplicationFactory<Program> api);

    /// <summary>An account of the provider with the claims.</summary>
    protected static OidcAccount Account(params (string Claim, string Value)[] claims) =>
        new(ProviderPassword, claims.ToDictionary(claim => claim.Claim, claim => claim.Value));

    private sealed class Factory : WebApplicationFactory<Program>
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("supervision-oidc-tests-");

        public Dictionary<string, string> Settings { get; } = [];

        public string RegisterFile => Path.Combine(_folder.FullName, "register.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Register:Connection", $"Data Source={RegisterFile}");
            foreach (var (key, value) in Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.ClearProviders());
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                _folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the system's temporary folder.
            }
        }
    }
}
