using Supervision.Acts;
using Supervision.Validation;

namespace Supervision.Register;

/// <summary>
/// Which roles need authority from the act policy: a signatory's position must be one the policy lets
/// sign some kind of act at the office's level, an approver's one it lets approve some kind. The
/// policy stays the one place that says who signs what; this only refuses a role that could never be used.
/// </summary>
internal static class RoleAuthority
{
    /// <summary>Why the role is refused to the position at the level, or null where it is allowed.</summary>
    public static InputProblem? Refusal(ActPolicy policy, PersonRole role, SignatoryPosition position, OfficeLevel level) => role switch
    {
        PersonRole.Signatory when !policy.MaySignAny(position, level) =>
            new InputProblem("roles", $"the role signatory is refused: the act policy lets no {EnumNames.Of(position)} of a {EnumNames.Of(level)} office sign any act"),
        PersonRole.Approver when !policy.MayApproveAny(position, level) =>
            new InputProblem("roles", $"the role approver is refused: the act policy lets no {EnumNames.Of(position)} of a {EnumNames.Of(level)} office approve any act"),
        _ => null,
    };

    /// <summary>The first role of the list refused to the position at the level, or null.</summary>
    public static InputProblem? Refusal(ActPolicy policy, IEnumerable<PersonRole> roles, SignatoryPosition position, OfficeLevel level) =>
        roles.Select(role => Refusal(policy, role, position, level)).FirstOrDefault(problem => problem is not null);
}
