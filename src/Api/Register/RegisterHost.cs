using System.Data.Common;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// The service's one <see cref="ActRegister"/>, opened once, on start or on first use (see
/// <see cref="RegisterSettings.OpenOnStart"/>), and shared by every request: the register is safe for
/// concurrent use and keeps the template sets it has parsed. An open that failed (a PostgreSQL server
/// down, a folder that cannot be written, a database of a newer schema) is not kept: after
/// <see cref="RetryAfter"/> the next request tries again; until then requests fail at once.
/// </summary>
public sealed partial class RegisterHost : IAsyncDisposable, IDisposable
{
    /// <summary>How long a failure to open is answered without trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly RegisterOptions _options;
    private readonly ILogger<RegisterHost> _logger;
    private readonly ConsoleNotice _console;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private Task<ActRegister>? _opening;
    private long _failedAt;
    private string? _failure;
    private bool _disposed;

    /// <summary>A host for the register the options name (their clock also times the retries).</summary>
    public RegisterHost(RegisterOptions options, ILogger<RegisterHost> logger, ConsoleNotice? console = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _console = console ?? new ConsoleNotice();
        _clock = options.Clock;
    }

    /// <summary>Where the register stands: not opened yet, opening, open, or failed (the reason is in the log).</summary>
    public RegisterHostState State
    {
        get
        {
            lock (_lock)
            {
                return _opening switch
                {
                    null => RegisterHostState.NotOpened,
                    { IsCompletedSuccessfully: true } => RegisterHostState.Open,
                    { IsCompleted: true } => RegisterHostState.Failed,
                    _ => RegisterHostState.Opening,
                };
            }
        }
    }

    /// <summary>Why the last attempt to open failed (exception type, SQLSTATE or SQLite code; never a
    /// password or connection string), or null when it did not.</summary>
    public string? FailureReason => Volatile.Read(ref _failure);

    /// <summary>The register, opened on the first call.</summary>
    /// <exception cref="RegisterException">The register cannot be opened (also for a database or file failure while opening).</exception>
    public Task<ActRegister> GetAsync(CancellationToken cancellationToken)
    {
        Task<ActRegister> opening;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_opening is null || ((_opening.IsFaulted || _opening.IsCanceled) && _clock.GetElapsedTime(Interlocked.Read(ref _failedAt)) >= RetryAfter))
            {
                _opening = Task.Run(OpenAsync, CancellationToken.None);
            }

            opening = _opening;
        }

        return opening.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Task<ActRegister>? opening;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            opening = _opening;
        }

        await _stopping.CancelAsync();
        if (opening is not null)
        {
            ActRegister? register = null;
            try
            {
                register = await opening;
            }
#pragma warning disable CA1031 // It never opened, whatever the reason: there is nothing to close.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            if (register is not null)
            {
                await register.DisposeAsync();
            }
        }

        _stopping.Dispose();
    }

    /// <summary>Closes the register where the container is disposed synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<ActRegister> OpenAsync()
    {
        try
        {
            CreateFolder(_options.Connection);
            var register = await ActRegister.OpenAsync(_options, _stopping.Token);
            Volatile.Write(ref _failure, null);
            LogOpened(_logger, register.Provider, register.Description);
            if (await register.SignIns.AddFirstAdministratorAsync(_stopping.Token) is { } password)
            {
                // Printed once, to the console the service was started from; never stored in clear, never logged.
                _console.Write(
                    $"No person is in the register: the administrator account {FirstAdministrator.Login} was created with the one-time password {password}",
                    "(shown only now). Sign in at /signin and choose a new password; then add offices and people.");
                LogFirstAdministrator(_logger, FirstAdministrator.Login);
            }
            return register;
        }
        catch (Exception exception) when (exception is RegisterException or DbException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            Interlocked.Exchange(ref _failedAt, _clock.GetTimestamp());
            var reason = exception is RegisterException ? exception.Message : $"{StoreFailure.Of(exception)?.Reason ?? exception.GetType().Name} while opening the database";
            Volatile.Write(ref _failure, StoreFailure.Of(exception)?.Reason ?? reason);
            LogFailed(_logger, exception.GetType().FullName, reason);
            throw exception as RegisterException ?? new RegisterException($"the register could not be opened: {reason}", exception);
        }
        catch
        {
            Interlocked.Exchange(ref _failedAt, _clock.GetTimestamp());
            throw;
        }
    }

    /// <summary>Creates the folder of a SQLite file given as a bare path (a connection string is left to its provider).</summary>
    private static void CreateFolder(string connection)
    {
        if (!connection.Contains('=', StringComparison.Ordinal) && Path.GetDirectoryName(Path.GetFullPath(connection)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Register of issued acts open: {Provider} {Database}")]
    private static partial void LogOpened(ILogger logger, RegisterProvider provider, string database);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No person is in the register: the administrator account {Login} was created; its one-time password is printed on the console (never in the log)")]
    private static partial void LogFirstAdministrator(ILogger logger, string login);

    [LoggerMessage(Level = LogLevel.Error, Message = "Register of issued acts could not be opened: {ExceptionType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string? exceptionType, string reason);
}
