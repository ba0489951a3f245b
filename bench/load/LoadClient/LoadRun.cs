using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Supervision.LoadClient;

/// <summary>
/// A closed-loop load run: each client posts the act, reads the whole answer, and posts again, until
/// the time is up. Every answer that is not 2xx, and every failed request, counts as an error.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        var body = await File.ReadAllBytesAsync(options.BodyFile);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        if (options.ApiKey is { } key)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var pace = options.Rate > 0 ? $"at {options.Rate:0} requests/s" : "as fast as answered";
        Console.WriteLine($"POST {options.Url} ({body.Length} bytes) from {options.Concurrency} clients {pace}: {options.Warmup.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured");
        await RunAsync(client, options, body, options.Warmup);
        var results = await RunAsync(client, options, body, options.Duration);
        Print(results, options);
        return results.Errors == 0 ? 0 : 1;
    }

    private static async Task<LoadResults> RunAsync(HttpClient client, LoadOptions options, byte[] body, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        // At a fixed rate each client starts a request every concurrency/rate seconds (later if the last is still out).
        var interval = options.Rate > 0 ? TimeSpan.FromSeconds(options.Concurrency / options.Rate) : TimeSpan.Zero;
        var workers = Enumerable.Range(0, options.Concurrency)
            .Select(index => Task.Run(() => WorkAsync(client, options.Url, body, clock, duration, interval, interval * index / options.Concurrency)))
            .ToArray();
        var parts = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var latencies = parts.SelectMany(part => part.Latencies).Order().ToArray();
        var statuses = parts.SelectMany(part => part.Statuses).GroupBy(status => status).ToDictionary(group => group.Key, group => group.Count());
        return new LoadResults(elapsed, latencies, statuses, parts.Sum(part => part.Failures), parts.Sum(part => part.Bytes));
    }

    private static async Task<WorkerResults> WorkAsync(HttpClient client, Uri url, byte[] body, Stopwatch clock, TimeSpan duration, TimeSpan interval, TimeSpan offset)
    {
        var result = new WorkerResults();
        var next = offset;
        while (clock.Elapsed < duration)
        {
            if (interval > TimeSpan.Zero)
            {
                if (next > clock.Elapsed)
                {
                    await Task.Delay(next - clock.Elapsed);
                }

                next += interval;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(url, content);
                var answer = await response.Content.ReadAsByteArrayAsync();
                result.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                result.Statuses.Add((int)response.StatusCode);
                result.Bytes += answer.Length;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                result.Failures++;
            }
        }

        return result;
    }

    private static void Print(LoadResults results, LoadOptions options)
    {
        string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        var seconds = results.Elapsed.TotalSeconds;
        Console.WriteLine($"requests:    {results.Latencies.Length} in {seconds:0.0} s");
        Console.WriteLine($"throughput:  {(results.Latencies.Length / seconds).ToString("0.0", CultureInfo.InvariantCulture)} requests/s ({(results.Bytes / seconds / 1024 / 1024).ToString("0.0", CultureInfo.InvariantCulture)} MiB/s)");
        Console.WriteLine($"latency ms:  p50 {Ms(results.Percentile(50))}  p90 {Ms(results.Percentile(90))}  p99 {Ms(results.Percentile(99))}  max {Ms(results.Latencies.LastOrDefault())}");
        Console.WriteLine($"statuses:    {string.Join(", ", results.Statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}: {pair.Value}"))}");
        Console.WriteLine($"errors:      {results.Errors} (non-2xx answers and failed requests)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"summary: url={options.Url} clients={options.Concurrency} seconds={seconds:0.0} rps={results.Latencies.Length / seconds:0.0} p50={Ms(results.Percentile(50))} p99={Ms(results.Percentile(99))} errors={results.Errors}"));
    }
}
