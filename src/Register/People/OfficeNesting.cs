using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// How offices nest (seed p. 3, p. 9): a district office stands under a regional one, a regional
/// office under the General Prosecutor's Office, which stands under none.
/// </summary>
internal static class OfficeNesting
{
    /// <summary>The level an office's superior must have, or null where it has none.</summary>
    public static OfficeLevel? SuperiorLevel(OfficeLevel level) => level switch
    {
        OfficeLevel.District => OfficeLevel.Regional,
        OfficeLevel.Regional => OfficeLevel.General,
        _ => null,
    };

    /// <summary>Why the superior does not fit the office, or null where it does.</summary>
    /// <param name="level">The office's level.</param>
    /// <param name="superiorCode">The superior's index as given, or null.</param>
    /// <param name="superior">The superior's row, or null where no office has that index.</param>
    public static InputProblem? Refusal(OfficeLevel level, string? superiorCode, RegisteredOffice? superior)
    {
        var expected = SuperiorLevel(level);
        if (expected is null)
        {
            return superiorCode is null ? null : new InputProblem("superiorCode", "the General Prosecutor's Office (level general) has no superior office");
        }

        if (superiorCode is null)
        {
            return new InputProblem("superiorCode", $"a {EnumNames.Of(level)} office needs its superior: the index of a {EnumNames.Of(expected.Value)} office");
        }

        if (superior is null)
        {
            return new InputProblem("superiorCode", $"no office has the index {superiorCode}: register the {EnumNames.Of(expected.Value)} office first");
        }

        return superior.Level == expected
            ? null
            : new InputProblem("superiorCode", $"the office {superiorCode} is {EnumNames.Of(superior.Level)}, but a {EnumNames.Of(level)} office stands under a {EnumNames.Of(expected.Value)} one");
    }
}
