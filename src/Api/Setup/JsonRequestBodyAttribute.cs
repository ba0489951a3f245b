namespace Supervision.Api.Setup;

/// <summary>
/// Documents the JSON body of an action that reads its body itself (so that no model binding touches
/// it): the OpenAPI document shows <see cref="BodyType"/> as the request body.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public class JsonRequestBodyAttribute(Type bodyType) : Attribute
{
    /// <summary>The type whose schema describes the body.</summary>
    public Type BodyType { get; } = bodyType;
}
