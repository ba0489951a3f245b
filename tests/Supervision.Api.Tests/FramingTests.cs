using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>
/// Requests whose HTTP framing is broken, sent byte for byte to the real Kestrel server (the in-memory
/// test server parses no chunk and no request line): each is answered with a problem whose title says
/// what, never a 500 or a bare status.
/// </summary>
public sealed class FramingTests : IDisposable
{
    private readonly ApiFactory _factory = new();
    private readonly Uri _address;

    public FramingTests()
    {
        _address = _factory.StartKestrel();
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AChunkSizeThatOverflowsIs400NamingTheBody()
    {
        var answer = await SendAsync(ChunkedValidate("FFFFFFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n"));

        AssertProblem(answer, 400, ProblemTypes.BodyMalformed);
    }

    [Fact]
    public async Task AChunkSizeThatIsNotHexadecimalIs400NamingTheBody()
    {
        var answer = await SendAsync(ChunkedValidate("zz\r\n{}\r\n0\r\n\r\n"));

        AssertProblem(answer, 400, ProblemTypes.BodyMalformed);
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIs413()
    {
        var chunk = new string(' ', 64 * 1024);
        var body = new StringBuilder();
        for (var i = 0; i < 20; i++)
        {
            body.Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{chunk.Length:X}\r\n{chunk}\r\n"));
        }

        var answer = await SendAsync(ChunkedValidate(body.Append("0\r\n\r\n").ToString()));

        AssertProblem(answer, 413, ProblemTypes.BodyTooLarge);
    }

    [Fact]
    public async Task AContentLengthOverTheLimitIs413()
    {
        var answer = await SendAsync("POST /api/acts/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n{}");

        AssertProblem(answer, 413, ProblemTypes.BodyTooLarge);
    }

    [Fact]
    public async Task AQueryOf20KilobytesIs414NamingTheLimit()
    {
        var answer = await SendAsync($"GET /api/acts?filler={new string('a', 20_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        var problem = AssertProblem(answer, 414, ProblemTypes.QueryTooLong);
        Assert.Contains("4096", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string ChunkedValidate(string chunks) =>
        $"POST /api/acts/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunks}";

    private static JsonElement AssertProblem((int Status, string Headers, string Body) answer, int status, string type)
    {
        Assert.True(answer.Status == status, $"expected {status}, got {answer.Status}: {answer.Headers}\n{answer.Body}");
        Assert.Contains("Content-Type: application/problem+json", answer.Headers, StringComparison.OrdinalIgnoreCase);
        Problems.AssertNoInternals(answer.Body);
        var problem = JsonDocument.Parse(answer.Body).RootElement.Clone();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>Sends the bytes as they are on a new connection and reads the answer until the server closes it.</summary>
    private async Task<(int Status, string Headers, string Body)> SendAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_address.Host, _address.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request), TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            // The server may answer and close before reading everything sent; its answer is still to be read.
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the answer: what arrived is the answer.
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"no HTTP answer: '{text}'");
        var headers = text[..split];
        var status = int.Parse(headers.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, headers, Body(headers, text[(split + 4)..]));
    }

    /// <summary>The body, joined from its chunks where the answer is chunked.</summary>
    private static string Body(string headers, string raw)
    {
        if (!headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return raw;
        }

        var body = new StringBuilder();
        var rest = raw;
        while (rest.IndexOf("\r\n", StringComparison.Ordinal) is var end and > 0)
        {
            var size = Convert.ToInt32(rest[..end], 16);
            if (size == 0)
            {
                break;
            }

            body.Append(rest.AsSpan(end + 2, size));
            rest = rest[(end + 2 + size + 2)..];
        }

        return body.ToString();
    }
}
