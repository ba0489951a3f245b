using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// Which offices' acts a principal reads: a person those of his office and of every office below it
/// (a regional office reads its districts), never another branch's; a person of the General
/// Prosecutor's Office every office's (offices the register created on a first issue have no superior yet); a client with register:read those of its office and below (every office where it has
/// none); the service every office.
/// </summary>
internal static class Visibility
{
    /// <summary>The offices visible to the actor; null for every office.</summary>
    public static async Task<IReadOnlyCollection<string>?> OfficesAsync(DbConnection connection, DbTransaction? transaction, Actor actor, CancellationToken cancellationToken)
    {
        var principal = actor.Principal;
        if (principal.Kind == PrincipalKind.System
            || actor.Person is not null && actor.Office?.Level == Acts.OfficeLevel.General
            || (principal.Kind == PrincipalKind.Client && principal.OfficeCode is null && actor.Has(ClientScope.RegisterRead)))
        {
            return null;
        }

        if (principal.Kind == PrincipalKind.Client && !actor.Has(ClientScope.RegisterRead))
        {
            return [];
        }

        var root = actor.Person?.OfficeCode ?? principal.OfficeCode!;
        var below = (await OfficeRows.AllAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
            .Where(office => office.SuperiorCode is not null)
            .ToLookup(office => office.SuperiorCode!, office => office.Code, StringComparer.Ordinal);
        var visible = new HashSet<string>(StringComparer.Ordinal) { root };
        var next = new Queue<string>([root]);
        while (next.TryDequeue(out var code))
        {
            foreach (var child in below[code].Where(visible.Add))
            {
                next.Enqueue(child);
            }
        }

        return visible;
    }
}
