using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>The public (JSON) names of the model's enum values, e.g. <c>acting-head</c>: the contract's spelling.</summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, Table> Tables = new();

    /// <summary>The JSON name of an enum value.</summary>
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.NameOf[value];

    /// <summary>All JSON names of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Cache<T>.Names;

    /// <summary>Finds the enum value with the given JSON name (exact, case-sensitive).</summary>
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum =>
        Cache<T>.ValueOf.TryGetValue(name, out value);

    /// <summary>The names of any enum type, for readers that know the type only at run time.</summary>
    public static IReadOnlyList<string> AllOf(Type enumType) => TableOf(enumType).Names;

    /// <summary>Finds a value of any enum type by JSON name.</summary>
    public static object? Parse(Type enumType, string name) =>
        TableOf(enumType).ValueOf.GetValueOrDefault(name);

    /// <summary>The JSON name of a value whose enum type is known only at run time.</summary>
    internal static string OfAny(Enum value) => TableOf(value.GetType()).NameOf[value];

    private static Table TableOf(Type enumType) => Tables.GetOrAdd(enumType, static type => new Table(type));

    private static string NameOf(FieldInfo field) =>
        field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{field.DeclaringType?.Name}.{field.Name} has no public name.");

    /// <summary>The names and values of one enum type, read from its fields once.</summary>
    private sealed class Table
    {
        public Table(Type enumType)
        {
            var fields = enumType.GetFields(BindingFlags.Public | BindingFlags.Static);
            var pairs = fields.Select(field => (Value: field.GetValue(null)!, Name: EnumNames.NameOf(field))).ToArray();
            Names = [.. pairs.Select(pair => pair.Name)];
            NameOf = pairs.ToFrozenDictionary(pair => pair.Value, pair => pair.Name);
            ValueOf = pairs.ToFrozenDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);
        }

        public IReadOnlyList<string> Names { get; }

        public FrozenDictionary<object, string> NameOf { get; }

        public FrozenDictionary<string, object> ValueOf { get; }
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> Names = AllOf(typeof(T));

        public static readonly FrozenDictionary<T, string> NameOf =
            Enum.GetValues<T>().ToFrozenDictionary(value => value, value => Names[Array.IndexOf(Enum.GetValues<T>(), value)]);

        public static readonly FrozenDictionary<string, T> ValueOf =
            NameOf.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
