namespace Supervision.Api.Idempotency;

/// <summary>Marks a write that takes an <c>Idempotency-Key</c> header (see <see cref="IdempotentWrites"/>), so
/// that the OpenAPI document lists the header and the replay marker.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class IdempotentAttribute : Attribute;
