namespace Supervision.Api.Health;

/// <summary>The service's health: "Healthy", "Degraded" or "Unhealthy", and each check's.</summary>
/// <param name="Status">The overall status.</param>
/// <param name="Checks">Each check by name, with its status and a short description.</param>
public sealed record ServiceHealth(string Status, IReadOnlyDictionary<string, CheckHealth> Checks);
