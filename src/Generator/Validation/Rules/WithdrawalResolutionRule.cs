using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// A district or city prosecutor who withdraws an executive document notifies the regional prosecutor at
/// once (p. 9), so the resolution names him there; a regional or the General Prosecutor's Office
/// notifies nobody, so the item would be wrong there.
/// </summary>
internal sealed class WithdrawalResolutionRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not WithdrawalResolution { Office.Level: { } level } withdrawal)
        {
            return;
        }

        var missing = MandatoryFieldsRule.IsMissing(withdrawal.RegionalProsecutor);
        if (level == OfficeLevel.District && missing)
        {
            context.Report("regionalProsecutor", ValidationCodes.Required);
        }
        else if (level != OfficeLevel.District && !missing)
        {
            context.Report("regionalProsecutor", ValidationCodes.NotApplicable, "not-applicable.regional-prosecutor");
        }
    }
}
