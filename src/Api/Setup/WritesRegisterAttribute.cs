namespace Supervision.Api.Setup;

/// <summary>Marks an operation that writes to the register, so that the OpenAPI document lists the
/// <c>Server-Timing</c> header its answers carry (<see cref="ServerTiming"/>).</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class WritesRegisterAttribute : Attribute;
