using System.Globalization;
using Supervision.Register;

namespace Supervision.Api.Setup;

/// <summary>
/// Tells a caller where its request's time went in the register, in the W3C <c>Server-Timing</c> header: for an act
/// issued, <c>render</c> (composing and typesetting), <c>turn</c> (waiting for the office's act before it),
/// <c>store</c> (the write transaction) and <c>hold</c> (the part of it holding the audit head, which every other
/// writer waits for), in milliseconds (<see cref="RegisterTimings"/>). Browsers show it beside the request; the issuing
/// benchmark reads it. Only durations: no number, name or value of the register. Requests that write nothing get no header, nor do
/// anonymous ones.
/// </summary>
internal static class ServerTiming
{
    public const string Header = "Server-Timing";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [RegisterTimings.Render] = "composing and typesetting",
        [RegisterTimings.Turn] = "waiting for the office's act before it",
        [RegisterTimings.Store] = "write transaction",
        [RegisterTimings.Hold] = "audit head held",
    };

    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var timings = RegisterTimings.Begin();
        context.Response.OnStarting(() =>
        {
            // Only a caller signed in (a person's session, a client's key) is told: an anonymous request that writes
            // (a sign-in) must not learn from the register's work what it may not ask the register.
            if (timings.Stages is { Count: > 0 } stages && context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.Headers[Header] = Value(stages);
            }

            return Task.CompletedTask;
        });
        await next(context);
    });

    /// <summary>The header's value: "render;desc=\"…\";dur=12.3, …".</summary>
    public static string Value(IReadOnlyList<(string Stage, TimeSpan Duration)> stages) =>
        string.Join(", ", stages.Select(stage => string.Create(
            CultureInfo.InvariantCulture,
            $"{stage.Stage};desc=\"{Descriptions.GetValueOrDefault(stage.Stage, stage.Stage)}\";dur={stage.Duration.TotalMilliseconds:0.0}")));
}
