namespace Supervision.Validation.Rules;

/// <summary>
/// The parts whose presence depends on the kind of act (policy): the addressee (a review conclusion
/// goes to nobody), the enforcement proceeding, the attachments.
/// </summary>
internal sealed class PartsRule : IActRule
{
    public void Check(ValidationContext context)
    {
        var act = context.Act;
        var policy = context.Policy;
        var addressees = policy.Addressees(act.Kind);
        if (addressees.Count == 0 && act.Addressee is not null)
        {
            context.Report("addressee", ValidationCodes.NotApplicable, "not-applicable.addressee");
        }
        else if (addressees.Count > 0 && act.Addressee is null)
        {
            context.Report("addressee", ValidationCodes.Required);
        }

        if (policy.RequiresProceeding(act.Kind) && act.Proceeding is null)
        {
            context.Report("proceeding", ValidationCodes.Required);
        }

        if (policy.RequiresAttachments(act.Kind) && (act.Attachments is null || act.Attachments.Count == 0))
        {
            context.Report("attachments", ValidationCodes.Required);
        }
    }
}
