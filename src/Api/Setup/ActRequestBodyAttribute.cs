using Supervision.Acts;

namespace Supervision.Api.Setup;

/// <summary>Documents a body that is an act of any kind: one of the kinds' models, told apart by <c>kind</c>.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ActRequestBodyAttribute() : JsonRequestBodyAttribute(typeof(Act));
