using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// A request for a file and the letter returning it name a court case exactly when they go to a court (p. 8: the
/// application is resolved by calling for the enforcement file and, where needed, the civil, criminal or
/// administrative case): a court holds cases, a bailiff holds the enforcement file.
/// </summary>
internal static class CourtCaseFile
{
    public static void Check(ValidationContext context, string? courtCase)
    {
        if (context.Act.Addressee?.Kind is not { } kind)
        {
            return;
        }

        var missing = MandatoryFieldsRule.IsMissing(courtCase);
        if (kind == AddresseeKind.Court && missing)
        {
            context.Report("courtCase", ValidationCodes.Required);
        }
        else if (kind != AddresseeKind.Court && !missing)
        {
            context.Report("courtCase", ValidationCodes.NotApplicable, "not-applicable.court-case");
        }
    }
}
