namespace Supervision.Api.Health;

/// <summary>One health check's result.</summary>
/// <param name="Status">"Healthy", "Degraded" or "Unhealthy".</param>
/// <param name="Description">What it found.</param>
public sealed record CheckHealth(string Status, string? Description);
