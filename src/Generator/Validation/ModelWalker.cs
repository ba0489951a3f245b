using System.Collections;
using Supervision.Acts;

namespace Supervision.Validation;

/// <summary>One value met while walking an act: where it is, which model property holds it, and the value.</summary>
internal readonly record struct ModelField(string Path, ModelProperty Property, object? Value, bool IsListItem)
{
    public bool IsMandatory => Property.IsMandatory;

    public bool IsProse => Property.IsProse;
}

/// <summary>
/// Walks every settable property of an act and of the parts inside it, depth first in declaration
/// order, with JSON paths as the API shows them ("proceeding.debtor.name", "violations[1]").
/// </summary>
internal static class ModelWalker
{
    public static IEnumerable<ModelField> Walk(object model, string prefix = "")
    {
        foreach (var property in ModelProperties.InDeclarationOrder(model.GetType()))
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
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
        value is not null && ModelProperties.IsModelPart(value.GetType()) ? Walk(value, path) : [];
}
