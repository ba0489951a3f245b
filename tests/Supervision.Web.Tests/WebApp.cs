using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Supervision.Api.Register;
using Supervision.Register;
using Supervision.Testing;
using Supervision.Web.Tests.People;
using Supervision.Web.Tests.Signing;

[assembly: AssemblyFixture(typeof(Supervision.Web.Tests.WebApp))]

// One app and one browser serve every test; pages of different test classes would share two cores.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace Supervision.Web.Tests;

/// <summary>
/// The real application, listening with Kestrel on 127.0.0.1 at a free port (a browser cannot reach
/// WebApplicationFactory's in-memory TestServer; .NET 10's <c>UseKestrel</c> makes the factory start a
/// real server instead), and Debian's Chromium driven by Playwright. Started once for the test assembly,
/// with a test PKI whose CA the service trusts (<c>Signing:TrustStore</c>) and a stand-in for NCALayer
/// (<c>Signing:NcaLayerUrl</c>) holding the district prosecutor's key, whose TLS key Chromium accepts.
/// </summary>
public sealed class WebApp : IAsyncLifetime
{
    /// <summary>Debian's Chromium: Playwright's own browser download does not work here, and is not needed.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags the project runs Chromium with, and the interface locale of a Kazakhstan office (with the
    // LANG variables below, and chromium-l10n installed), so that date inputs read dd.mm.yyyy in the screenshots.
    private static readonly string[] ChromiumFlags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=ru-RU"];

    private readonly Factory _factory = new();
    private readonly TestRegister _people;
    private readonly TestPki _pki = TestPki.Create();
    private NcaLayerStandIn? _ncaLayer;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app, not started yet.</summary>
    public WebApp() => _people = new TestRegister(RegisterAsync);

    /// <summary>Where the app listens: "http://127.0.0.1:PORT/".</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The browser; each test opens its own context (own storage, downloads, viewport).</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>A client of the API over real HTTP.</summary>
    public HttpClient Http { get; } = new();

    /// <summary>The stand-in for NCALayer the inbox signs through.</summary>
    internal NcaLayerStandIn NcaLayer => _ncaLayer ?? throw new InvalidOperationException("The NCALayer stand-in has not started.");

    /// <summary>The PKI whose CA the service trusts, for checking signed PDFs with pdfsig.</summary>
    internal TestPki Pki => _pki;

    /// <summary>The app's register, as its controllers use it.</summary>
    public Task<ActRegister> RegisterAsync(CancellationToken cancellationToken) =>
        _factory.Services.GetRequiredService<RegisterHost>().GetAsync(cancellationToken);

    /// <summary>Adds the person (and the test offices) to the app's register, once; he then signs in with <see cref="TestPeople.Password"/>.</summary>
    public Task EnsurePersonAsync(TestPerson person) => _people.EnsureAsync(person, TestContext.Current.CancellationToken);

    /// <summary>
    /// A client of the app holding a machine key with the scopes (added to the register once per name): how the
    /// tests call endpoints that need a principal without a browser.
    /// </summary>
    public async Task<HttpClient> ClientWithKeyAsync(string name, params ClientScope[] scopes)
    {
        var register = await RegisterAsync(TestContext.Current.CancellationToken);
        var added = Assert.IsType<ClientOutcome.Done>(await register.Clients.AddAsync(name, null, scopes, "tests", TestContext.Current.CancellationToken));
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Add("X-Api-Key", added.Key!);
        return client;
    }

    public async ValueTask InitializeAsync()
    {
        _ncaLayer = await NcaLayerStandIn.StartAsync();
        _ncaLayer.Signer = _pki.Issue(TestPeople.Prosecutor.FullName, TestRegister.Iin(TestPeople.Prosecutor.Login)).Certificate;
        _factory.NcaLayerUrl = _ncaLayer.Address.ToString();
        _factory.TrustStore = _pki.TrustStore;
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Address = new Uri(addresses.Single().TrimEnd('/') + "/");
        Http.BaseAddress = Address;

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests drive Debian's Chromium at {ChromiumPath}: apt-get install chromium chromium-l10n (as .ci/run does).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // The stand-in's self-signed certificate, and no other, is accepted; Chromium honours this list (unlike
            // a context's IgnoreHTTPSErrors) for WebSocket connections too.
            Args = [.. ChromiumFlags, "--ignore-certificate-errors-spki-list=" + _ncaLayer.SpkiHash],
            Env = BrowserEnvironment(),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _people.Dispose();
        Http.Dispose();
        await _factory.DisposeAsync();
        if (_ncaLayer is not null)
        {
            await _ncaLayer.DisposeAsync();
        }

        _pki.Dispose();
    }

    // Playwright gives the browser exactly the environment it is handed: this process's, in Russian.
    private static Dictionary<string, string> BrowserEnvironment()
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? string.Empty, StringComparer.Ordinal);
        environment["LC_ALL"] = environment["LANG"] = "ru_RU.UTF-8";
        environment["LANGUAGE"] = "ru";
        return environment;
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        /// <summary>A register of the tests' own: a SQLite file in a temporary folder, removed at the end.</summary>
        private readonly DirectoryInfo _registerFolder = Directory.CreateTempSubdirectory("supervision-web-tests-");

        /// <summary>Where the page finds NCALayer: the stand-in.</summary>
        public string NcaLayerUrl { get; set; } = "wss://127.0.0.1:13579";

        /// <summary>The test CA's folder.</summary>
        public string? TrustStore { get; set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Register:Connection", $"Data Source={Path.Combine(_registerFolder.FullName, "register.db")}");
            builder.UseSetting("Signing:NcaLayerUrl", NcaLayerUrl);
            builder.UseSetting("Signing:TrustStore", TrustStore);
            builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                _registerFolder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left to the system's temporary folder.
            }
        }
    }
}
