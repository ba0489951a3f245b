using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Supervision.Api.Tests.Register.Idempotency;

/// <summary>
/// The real service as a process of its own (<c>dotnet Supervision.Api.dll</c>, from this test's build output)
/// over a given register, on a free loopback port: for drills that kill it with SIGKILL and start it again.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        // Pipes are read on threads of their own: a full pipe would stall the service, and blocking reads on the pool would starve the test.
        _output = Task.Factory.StartNew(process.StandardOutput.ReadToEnd, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _error = Task.Factory.StartNew(process.StandardError.ReadToEnd, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public Uri Address { get; }

    /// <summary>Starts the service over the register, with the test's data folder (where it keeps a PostgreSQL register's
    /// audit key), and waits until its health check answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string connection, string dataFolder, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Supervision.Api.dll"));
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        start.Environment["Urls"] = address.ToString().TrimEnd('/');
        start.Environment["Register__Connection"] = connection;
        start.Environment["Data__Path"] = dataFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var service = new ServiceProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), address);
        try
        {
            await service.AwaitHealthyAsync(cancellation);
            return service;
        }
        catch
        {
            // A service that did not come up is not left running behind the failed test.
            await service.DisposeAsync();
            throw;
        }
    }

    private async Task AwaitHealthyAsync(CancellationToken cancellation)
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                Assert.Fail($"the service ended at its start: {await _error}{await _output}");
            }

            try
            {
                using var health = await probe.GetAsync("/health", cancellation);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // Listening, but too busy starting to answer within the probe's time (a loaded machine): ask again.
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "the service did not become healthy within a minute");
            await Task.Delay(100, cancellation);
        }
    }

    /// <summary>A client signed in as the person through the sign-in form, the session's CSRF token in its headers.</summary>
    public async Task<HttpClient> SignInAsync(string login, string password, CancellationToken cancellation)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        using var signedIn = await Sessions.PostSignInAsync(client, login, password);
        Assert.True(signedIn.StatusCode == HttpStatusCode.OK, $"sign-in as {login}: {(int)signedIn.StatusCode}");
        var session = await client.GetFromJsonAsync<JsonElement>("/api/session", cancellation);
        client.DefaultRequestHeaders.Add("X-CSRF-Token", session.GetProperty("csrfToken").GetString());
        return client;
    }

    /// <summary>Kills the service at once (SIGKILL): no request finishes, no transaction commits after this.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        await Task.WhenAll(_output, _error);
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
