namespace Supervision.Api.Batch;

/// <summary>Documents a batch's body (<see cref="BatchRequestBodyTransformer"/>): a JSON array of acts, or NDJSON.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class BatchRequestBodyAttribute : Attribute;
