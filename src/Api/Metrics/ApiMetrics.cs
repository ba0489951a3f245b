using System.Diagnostics.Metrics;

namespace Supervision.Api.Metrics;

/// <summary>
/// The service's own metrics (meter <see cref="MeterName"/>): sign-ins by method and outcome, and
/// template previews that ran out of time. Labels are closed sets; never a login, a name or a template's text.
/// </summary>
public static class ApiMetrics
{
    /// <summary>The meter's name, to subscribe to.</summary>
    public const string MeterName = "Supervision.Api";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> SignIns = Meter.CreateCounter<long>(
        "supervision.signin.attempts", unit: "{attempt}",
        description: "Sign-in attempts by method (password, oidc) and outcome (signed-in, refused, locked-out).");

    private static readonly Counter<long> PreviewTimeouts = Meter.CreateCounter<long>(
        "supervision.preview.timeouts", unit: "{preview}",
        description: "Template previews that ran out of time, by reason: time-limit (the template was stopped at its limit), abandoned (its worker did not stop), busy (no worker became free in time).");

    /// <summary>Counts one sign-in attempt.</summary>
    /// <param name="method">"password" or "oidc".</param>
    /// <param name="outcome">"signed-in", "refused" or "locked-out".</param>
    public static void SignIn(string method, string outcome) =>
        SignIns.Add(1, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Counts one preview that ran out of time.</summary>
    /// <param name="reason">"time-limit", "abandoned" or "busy".</param>
    public static void PreviewTimeout(string reason) =>
        PreviewTimeouts.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
