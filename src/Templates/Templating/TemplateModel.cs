using System.Collections;
using Scriban.Runtime;
using Supervision.Acts;

namespace Supervision.Templating;

/// <summary>
/// The act as templates see it, under the same names as its JSON: <c>act.proceeding.executiveDocument.number</c>,
/// enum values as their public names (<c>act.signatory.position == "deputy"</c>), dates as dates for the
/// date functions, sums as decimals for <c>amount</c>. Every field of the kind is present, null where not
/// given, so a template may test it with <c>if</c> while a misspelt name is an error.
/// </summary>
public static class TemplateModel
{
    /// <summary>The act as a template object.</summary>
    public static ScriptObject Of(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        var model = Convert(act);
        // Kind is not settable, so the walk of settable properties leaves it out; language it takes like any field.
        model["kind"] = EnumNames.Of(act.Kind);
        return model;
    }

    /// <summary>Every field name a template may use after <c>act.</c>, for each kind: "proceeding.debtor.name", ...</summary>
    public static IReadOnlySet<string> FieldPaths(Type actType)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { "kind" };
        Collect(actType, string.Empty, paths);
        return paths;
    }

    private static void Collect(Type type, string prefix, HashSet<string> paths)
    {
        foreach (var (property, name) in ModelProperties.Of(type))
        {
            var path = prefix + name;
            paths.Add(path);
            var inner = ElementType(property.PropertyType) ?? property.PropertyType;
            if (ModelProperties.IsModelPart(inner))
            {
                Collect(inner, path + ".", paths);
            }
        }
    }

    private static ScriptObject Convert(object part)
    {
        var result = new ScriptObject();
        foreach (var property in ModelProperties.Of(part.GetType()))
        {
            result[property.Name] = Value(property.GetValue(part));
        }

        return result;
    }

    private static object? Value(object? value) => value switch
    {
        null => null,
        string or bool or int or decimal or DateOnly => value,
        Enum enumValue => EnumNames.OfAny(enumValue),
        IList list => new ScriptArray(list.Cast<object?>().Select(Value)),
        _ when ModelProperties.IsModelPart(value.GetType()) => Convert(value),
        _ => throw new InvalidOperationException($"The template model cannot show a {value.GetType().Name}."),
    };

    private static Type? ElementType(Type type) =>
        type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
}
