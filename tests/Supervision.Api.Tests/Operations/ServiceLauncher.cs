using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// The real service (or the command line) as a process of its own, from this test's build output, with the
/// environment and arguments a test gives it: for what only a fresh process shows (where it listens, what it
/// finds on the machine at start, which data folder it opens).
/// </summary>
internal sealed class ServiceLauncher : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private ServiceLauncher(Process process)
    {
        _process = process;
        // Pipes are read on threads of their own: a full pipe would stall the process.
        _output = Task.Factory.StartNew(process.StandardOutput.ReadToEnd, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        _error = Task.Factory.StartNew(process.StandardError.ReadToEnd, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// Starts Supervision.Api.dll with the environment (a fresh data folder unless given) and arguments, and
    /// waits until <c>{probe}/health/live</c> answers 200. It runs in <paramref name="workingDirectory"/> where one is
    /// given, else in the test's build output.
    /// </summary>
    public static async Task<ServiceLauncher> StartServiceAsync(Uri probe, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> arguments, CancellationToken cancellation, string? workingDirectory = null)
    {
        var service = new ServiceLauncher(Process.Start(Info("Supervision.Api.dll", environment, arguments, workingDirectory)) ?? throw new InvalidOperationException("dotnet did not start"));
        using var client = new HttpClient { BaseAddress = probe, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (service._process.HasExited)
            {
                Assert.Fail($"the service ended at its start: {await service._error}{await service._output}");
            }

            try
            {
                using var live = await client.GetAsync("/health/live", cancellation);
                if (live.StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), "the service did not answer /health/live within 90 s");
            await Task.Delay(100, cancellation);
        }
    }

    /// <summary>Runs the command line (src/Cli, whose assembly is "supervision") to its end: its exit code and output.</summary>
    public static Task<(int Code, string Output, string Error)> RunCliAsync(IReadOnlyDictionary<string, string> environment, string? input, CancellationToken cancellation, params string[] arguments) =>
        RunCliInAsync(AppContext.BaseDirectory, environment, input, cancellation, arguments);

    /// <summary>Runs the command line in <paramref name="workingDirectory"/> to its end: its exit code and output.</summary>
    public static async Task<(int Code, string Output, string Error)> RunCliInAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string? input, CancellationToken cancellation, params string[] arguments)
    {
        var info = Info("supervision.dll", environment, arguments, workingDirectory);
        info.RedirectStandardInput = true;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.StandardInput.WriteAsync(input ?? string.Empty);
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellation);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the service in <paramref name="workingDirectory"/> for a start that must fail: waits until it ends (at
    /// most 90 s, then kills it and fails the test) and gives its exit code and output.
    /// </summary>
    public static async Task<(int Code, string Output, string Error)> RunServiceToEndAsync(IReadOnlyDictionary<string, string> environment, string workingDirectory, CancellationToken cancellation)
    {
        using var process = Process.Start(Info("Supervision.Api.dll", environment, [], workingDirectory)) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        patience.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"the service was expected to refuse to start, but it was still running after 90 s: {await output}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>What the process printed so far is only known once it ends: its standard output after <see cref="DisposeAsync"/>.</summary>
    public Task<string> Output => _output;

    /// <summary>A free TCP port on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The repository's folder (the one holding Supervision.sln), for its examples.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Supervision.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Supervision.sln not found above the test's folder");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        await Task.WhenAll(_output, _error);
        _process.Dispose();
    }

    private static ProcessStartInfo Info(string program, IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Whatever way of giving the address the test runner itself carries must not decide the test's.
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "Urls", "URLS" })
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
