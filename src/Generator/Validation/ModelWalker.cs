using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Supervision.Acts;

namespace Supervision.Validation;

/// <summary>One value met while walking an act: where it is, which model property holds it, and the value.</summary>
internal readonly record struct ModelField(string Path, PropertyInfo Property, object? Value, bool IsListItem)
{
    public bool IsMandatory => Property.IsDefined(typeof(MandatoryAttribute));

    public bool IsProse => Property.IsDefined(typeof(ProseAttribute));
}

/// <summary>
/// Walks every settable property of an act and of the parts inside it, depth first in declaration
/// order, with JSON paths as the API shows them ("proceeding.debtor.name", "violations[1]").
/// </summary>
internal static class ModelWalker
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> PropertiesOf = new();

    public static IEnumerable<ModelField> Walk(object model, string prefix = "")
    {
        foreach (var (property, name) in Properties(model.GetType()))
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var value = property.GetValue(model);
            yield return new ModelField(path, property, value, IsListItem: false);

            if (value is IList list)
            {
                for (var index = 0; index < list.Count; index++)
                {
                    var itemPath = $"{path}[{index}]";
                    var item = list[index];
                    yield return new ModelField(itemPath, property, item, IsListItem: true);
                    foreach (var inner in WalkPart(item, itemPath))
                    {
                        yield return inner;
                    }
                }
            }
            else
            {
                foreach (var inner in WalkPart(value, path))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<ModelField> WalkPart(object? value, string path) =>
        value is not null && IsModelPart(value.GetType()) ? Walk(value, path) : [];

    private static bool IsModelPart(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace == typeof(Act).Namespace;

    private static (PropertyInfo Property, string Name)[] Properties(Type type) =>
        PropertiesOf.GetOrAdd(type, static type =>
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.CanWrite)
                .OrderBy(property => property.DeclaringType == type ? 1 : 0)
                .ThenBy(property => property.MetadataToken)
                .Select(property => (property, JsonNamingPolicy.CamelCase.ConvertName(property.Name))),
        ]);
}
