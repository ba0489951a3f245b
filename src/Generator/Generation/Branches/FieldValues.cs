using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using Scriban.Syntax;
using Supervision.Acts;

namespace Supervision.Generation.Branches;

/// <summary>
/// The values a generated act gives a tested field: the literal compared against and its neighbours, absent,
/// an empty list, lists of the compared length, both truth values, every value of an enum (as the kind's JSON
/// schema lists them). Null stands for "absent".
/// </summary>
internal static class FieldValues
{
    /// <summary>Lists longer than this are not generated: a template comparing with 10 000 gets no act of that length.</summary>
    private const int LongestList = 100;

    /// <summary>Every value to try for the test on an act of the given type, whose example holds <paramref name="current"/> there.</summary>
    public static IReadOnlyList<JsonNode?> For(BranchTest test, Type actType, JsonNode? current)
    {
        var type = FieldType(actType, test.Path);
        var values = new List<JsonNode?> { null };
        switch (test.Shape)
        {
            case TestShape.Compare when Number(test.Literal) is { } number:
                values.AddRange([JsonValue.Create(number - 1), JsonValue.Create(number), JsonValue.Create(number + 1)]);
                break;
            case TestShape.Compare:
                values.Add(Literal(test.Literal));
                break;
            case TestShape.Size when Number(test.Literal) is { } length:
                values.AddRange(new[] { length - 1, length, length + 1 }.Where(n => n >= 0 && n <= LongestList).Select(n => ListOf((int)n, current)));
                break;
        }

        if (type is not null && IsList(type))
        {
            values.Add(new JsonArray());
        }

        if (type == typeof(bool))
        {
            values.AddRange([JsonValue.Create(true), JsonValue.Create(false)]);
        }

        if (type is { IsEnum: true })
        {
            values.AddRange(Enum.GetValues(type).Cast<Enum>().Select(value => (JsonNode?)JsonValue.Create(EnumNames.OfAny(value))));
        }

        return values;
    }

    /// <summary>The value that makes an enclosing test hold, so that the branch it guards is reached; none for
    /// tests no single value settles (a field merely present, a comparison with "not equal").</summary>
    public static bool TryHolding(BranchTest test, JsonNode? current, out JsonNode? value)
    {
        value = null;
        var number = Number(test.Literal);
        var target = test.Operator switch
        {
            ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareLessOrEqual or ScriptBinaryOperator.CompareGreaterOrEqual => number,
            ScriptBinaryOperator.CompareGreater => number + 1,
            ScriptBinaryOperator.CompareLess => number - 1,
            _ => null,
        };
        switch (test.Shape)
        {
            case TestShape.Compare when test.Operator == ScriptBinaryOperator.CompareEqual && number is null:
                value = Literal(test.Literal);
                return true;
            case TestShape.Compare when target is not null:
                value = JsonValue.Create(target.Value);
                return true;
            case TestShape.Size when target is >= 0 and <= LongestList:
                value = ListOf((int)target.Value, current);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A list of the given length made of copies of the example's first element (or of text where the example has none).</summary>
    private static JsonArray ListOf(int length, JsonNode? current)
    {
        var element = current is JsonArray { Count: > 0 } given ? given[0] : JsonValue.Create("—");
        var list = new JsonArray();
        for (var index = 0; index < length; index++)
        {
            list.Add(element?.DeepClone());
        }

        return list;
    }

    private static JsonValue? Literal(object? literal) => literal switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        _ when Number(literal) is { } number => JsonValue.Create(number),
        _ => JsonValue.Create(Convert.ToString(literal, CultureInfo.InvariantCulture)),
    };

    private static decimal? Number(object? literal) => literal switch
    {
        int or long or short or byte or decimal => Convert.ToDecimal(literal, CultureInfo.InvariantCulture),
        double or float when Math.Abs(Convert.ToDouble(literal, CultureInfo.InvariantCulture)) < 1e15 => Convert.ToDecimal(literal, CultureInfo.InvariantCulture),
        BigInteger big when BigInteger.Abs(big) < new BigInteger(1e15) => (decimal)big,
        _ => null,
    };

    /// <summary>The CLR type of the field at a path of the act type (the element type of a list on the way), or null where there is none.</summary>
    private static Type? FieldType(Type actType, string path)
    {
        Type? type = actType;
        foreach (var name in path.Split('.'))
        {
            type = type is null ? null : ElementType(type) ?? type;
            type = type is null ? null : ModelProperties.Of(type).FirstOrDefault(property => property.Name == name)?.Property.PropertyType;
        }

        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static Type? ElementType(Type type) => IsList(type) && type.IsGenericType ? type.GetGenericArguments()[0] : null;
}
