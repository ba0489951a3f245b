using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// The offices a proceedings query covers: an office and every office below it (a region with its
/// districts), within what the caller reads; every office the caller reads where none is named. As a
/// condition on <c>office_code</c>, every code a parameter.
/// </summary>
internal static class OfficeScope
{
    /// <summary>The offices covered; null for every office.</summary>
    public static IReadOnlyCollection<string>? Of(IReadOnlyList<RegisteredOffice> offices, string? officeCode, IReadOnlyCollection<string>? visible)
    {
        if (officeCode is null)
        {
            return visible;
        }

        var below = offices.Where(office => office.SuperiorCode is not null).ToLookup(office => office.SuperiorCode!, office => office.Code, StringComparer.Ordinal);
        var covered = new HashSet<string>(StringComparer.Ordinal) { officeCode };
        var next = new Queue<string>([officeCode]);
        while (next.TryDequeue(out var code))
        {
            foreach (var child in below[code].Where(covered.Add))
            {
                next.Enqueue(child);
            }
        }

        return visible is null ? covered : [.. covered.Where(visible.Contains)];
    }

    /// <summary>The condition and its parameters ("1 = 1" for every office, "1 = 0" for none).</summary>
    public static (string Where, List<(string Name, object? Value)> Parameters) Condition(IReadOnlyCollection<string>? scope)
    {
        if (scope is null)
        {
            return ("1 = 1", []);
        }

        var names = scope.Order(StringComparer.Ordinal).Select((code, index) => (Name: $"office{index}", Code: code)).ToList();
        return names.Count == 0
            ? ("1 = 0", [])
            : ($"office_code IN ({string.Join(", ", names.Select(name => "@" + name.Name))})", [.. names.Select(name => (name.Name, (object?)name.Code))]);
    }

    /// <summary>Reads the offices and answers the scope.</summary>
    public static async Task<IReadOnlyCollection<string>?> ReadAsync(DbConnection connection, string? officeCode, IReadOnlyCollection<string>? visible, CancellationToken cancellationToken) =>
        Of(await OfficeRows.AllAsync(connection, null, cancellationToken).ConfigureAwait(false), officeCode, visible);
}
