using System.Net;
using System.Net.Sockets;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// A TCP relay on a free loopback port in front of a database server that holds every connection, unanswered,
/// until <see cref="Open"/>: a PostgreSQL that is slow to answer at first (a server still starting, a network
/// still coming up), so that a test sees a register that is being opened for as long as it likes.
/// </summary>
internal sealed class DatabaseGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _host;
    private readonly int _port;
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _relays = [];
    private readonly Task _accepting;
    private int _held;

    private DatabaseGate(string host, int port)
    {
        _host = host;
        _port = port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The gate's port on 127.0.0.1.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections came to the gate so far (held until it opens, relayed after).</summary>
    public int Connections => Volatile.Read(ref _held);

    /// <summary>A closed gate in front of <paramref name="host"/>:<paramref name="port"/>.</summary>
    public static DatabaseGate Before(string host, int port) => new(host, port);

    /// <summary>Lets every held connection, and every later one, through to the server.</summary>
    public void Open() => _opened.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Task[] relays;
        lock (_relays)
        {
            relays = [.. _relays];
        }

        await Task.WhenAll(relays.Append(_accepting).Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _held);
            lock (_relays)
            {
                _relays.Add(RelayAsync(client));
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await _opened.Task.WaitAsync(_stopping.Token);
                using var server = new TcpClient();
                await server.ConnectAsync(_host, _port, _stopping.Token);
                var fromClient = client.GetStream().CopyToAsync(server.GetStream(), _stopping.Token);
                var fromServer = server.GetStream().CopyToAsync(client.GetStream(), _stopping.Token);
                await Task.WhenAny(fromClient, fromServer);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The gate or one side closed: the other side sees its connection end.
            }
        }
    }
}
