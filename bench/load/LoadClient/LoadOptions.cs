using System.Globalization;

namespace Supervision.LoadClient;

/// <summary>What to send, how hard and for how long.</summary>
/// <param name="Url">The endpoint, e.g. http://127.0.0.1:5090/api/acts/render?format=docx.</param>
/// <param name="BodyFile">The act to post (JSON).</param>
/// <param name="Concurrency">Clients sending at once, each waiting for its answer before the next request.</param>
/// <param name="Duration">How long the measured run lasts.</param>
/// <param name="Warmup">How long to send before measuring (JIT, caches, connection pool).</param>
/// <param name="ApiKey">The X-Api-Key to send, if the service needs one.</param>
/// <param name="Rate">Requests per second for all clients together, or 0 to send as fast as answers come (closed loop).</param>
internal sealed record LoadOptions(Uri Url, string BodyFile, int Concurrency, TimeSpan Duration, TimeSpan Warmup, string? ApiKey, double Rate)
{
    public const string Usage = "usage: Supervision.LoadClient --url URL --body FILE [--concurrency 16] [--duration 60] [--warmup 5] [--rate 0] [--api-key KEY]";

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name, string? fallback = null) =>
            values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required. {Usage}");

        return new LoadOptions(
            new Uri(Get("url")),
            Get("body"),
            int.Parse(Get("concurrency", "16"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Get("duration", "60"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Get("warmup", "5"), CultureInfo.InvariantCulture)),
            values.GetValueOrDefault("api-key"),
            double.Parse(Get("rate", "0"), CultureInfo.InvariantCulture));
    }
}
