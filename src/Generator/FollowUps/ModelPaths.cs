using Supervision.Acts;

namespace Supervision.FollowUps;

/// <summary>Dotted JSON paths into the act model ("withdrawalResolution.date"), resolved by its properties.</summary>
internal static class ModelPaths
{
    /// <summary>The type of the field a path names in a model type (nullable value types unwrapped), or null
    /// where a step is not a field of the type it reaches.</summary>
    public static Type? TypeOf(Type model, string path)
    {
        Type? type = model;
        foreach (var step in path.Split('.'))
        {
            var property = type is null ? null : Array.Find(ModelProperties.Of(type), p => p.Name == step);
            if (property is null)
            {
                return null;
            }

            var propertyType = property.Property.PropertyType;
            type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        }

        return type;
    }
}
