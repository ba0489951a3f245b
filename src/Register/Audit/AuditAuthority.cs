using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// What <c>audit verify</c> checks of an entry's principal beyond its hash: it names the entry's actor,
/// and it held a role (or scope) that allows the action. The hash already finds a principal changed
/// after the fact; this finds an entry the register should never have written, and one forged whole
/// with a recomputed chain that gave the decision to someone without the role.
/// </summary>
internal static class AuditAuthority
{
    /// <summary>The roles and scopes any one of which allows each action recorded with a principal.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [AuditEntry.Draft] = ["drafter", "acts:draft"],
        [AuditEntry.Submit] = ["drafter", "acts:draft"],
        [AuditEntry.Return] = ["signatory"],
        [AuditEntry.Sign] = ["signatory"],
        [AuditEntry.Approve] = ["approver"],
        [AuditEntry.Issue] = ["signatory", "approver"],
        [AuditEntry.ProposeTemplate] = ["editor"],
        [AuditEntry.ApproveTemplate] = ["editor"],
        [AuditEntry.TrackProceeding] = ["controller", "admin"],
        [AuditEntry.ChangeProceeding] = ["controller", "admin"],
        [AuditEntry.RecordRecovery] = ["controller", "admin"],
        [AuditEntry.RecordCheck] = ["controller", "admin"],
    };

    /// <summary>Why the entry's principal does not fit it, or null (also where it names none).</summary>
    public static string? Problem(AuditEntry entry)
    {
        if (entry.Principal is null)
        {
            return null;
        }

        (string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes) principal;
        try
        {
            principal = AuditPrincipal.Read(entry.Principal);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "its principal is not what the register writes";
        }

        if (principal.Name != entry.Actor)
        {
            return $"its principal {principal.Name} is not its actor {entry.Actor}";
        }

        return Allowed.TryGetValue(entry.Action, out var allowed) && !allowed.Any(name => principal.Roles.Contains(name) || principal.Scopes.Contains(name))
            ? $"its principal {principal.Name} acted without any of {string.Join(", ", allowed)}"
            : null;
    }
}
