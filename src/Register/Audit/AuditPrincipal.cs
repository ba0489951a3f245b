using Supervision.Acts;

using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The principal an audit entry names, written canonically into the entry's <c>principal</c> column
/// and covered by its hash: kind, name, office, and the roles (a person) or scopes (a client) it acted
/// under, in the order their enums declare them.
/// </summary>
internal static class AuditPrincipal
{
    public static string Of(Principal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", EnumNames.Of(principal.Kind));
            writer.WriteString("name", principal.Name);
            writer.WriteString("office", principal.OfficeCode ?? string.Empty);
            writer.WriteStartArray("roles");
            foreach (var role in principal.Roles.Distinct().Order())
            {
                writer.WriteStringValue(EnumNames.Of(role));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("scopes");
            foreach (var scope in principal.Scopes.Distinct().Order())
            {
                writer.WriteStringValue(EnumNames.Of(scope));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The name, roles and scopes a stored principal column holds.</summary>
    /// <exception cref="JsonException">The column is not what the register writes.</exception>
    public static (string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes) Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return (
            root.GetProperty("name").GetString() ?? throw new JsonException("the principal has no name"),
            [.. root.GetProperty("roles").EnumerateArray().Select(role => role.GetString()!)],
            [.. root.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()!)]);
    }
}
