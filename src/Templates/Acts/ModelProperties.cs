using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Supervision.Acts;

/// <summary>One settable property of a model class, under its JSON name ("executiveDocument"), with its marks read once.</summary>
internal sealed record ModelProperty(PropertyInfo Property, string Name)
{
    /// <summary>Marked <see cref="MandatoryAttribute"/>.</summary>
    public bool IsMandatory { get; } = Property.IsDefined(typeof(MandatoryAttribute));

    /// <summary>Marked <see cref="ProseAttribute"/>.</summary>
    public bool IsProse { get; } = Property.IsDefined(typeof(ProseAttribute));

    private readonly Func<object, object?> _getter = Getter(Property);

    /// <summary>
    /// The property's value on a model object, read by a delegate compiled once: reflection's own
    /// <see cref="PropertyInfo.GetValue(object?)"/> was a thirtieth of rendering an act, the validator's rules reading
    /// every field.
    /// </summary>
    public object? GetValue(object model) => _getter(model);

    private static Func<object, object?> Getter(PropertyInfo property)
    {
        var model = Expression.Parameter(typeof(object), "model");
        var read = Expression.Property(Expression.Convert(model, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), model).Compile();
    }
}

/// <summary>
/// The settable properties of the act model's classes under their JSON names, read once per type:
/// what the template model shows and the validator walks.
/// </summary>
internal static class ModelProperties
{
    private static readonly ConcurrentDictionary<Type, (ModelProperty[] AsReflected, ModelProperty[] InDeclarationOrder)> PropertiesOf = new();

    /// <summary>Whether a type is a part of the act model (a class of its namespace), to be looked into.</summary>
    public static bool IsModelPart(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(Act).Namespace;

    /// <summary>The settable properties in the order reflection gives them (the template model's order).</summary>
    public static ModelProperty[] Of(Type type) => Read(type).AsReflected;

    /// <summary>The settable properties, inherited ones first, each type's in declaration order (the validator's order).</summary>
    public static ModelProperty[] InDeclarationOrder(Type type) => Read(type).InDeclarationOrder;

    private static (ModelProperty[] AsReflected, ModelProperty[] InDeclarationOrder) Read(Type type) =>
        PropertiesOf.GetOrAdd(type, static type =>
        {
            ModelProperty[] asReflected =
            [
                .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(property => property.CanWrite)
                    .Select(property => new ModelProperty(property, JsonNamingPolicy.CamelCase.ConvertName(property.Name))),
            ];
            ModelProperty[] inDeclarationOrder =
            [
                .. asReflected
                    .OrderBy(entry => entry.Property.DeclaringType == type ? 1 : 0)
                    .ThenBy(entry => entry.Property.MetadataToken),
            ];
            return (asReflected, inDeclarationOrder);
        });
}
