using Supervision.Acts;

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
            // A kind may say in its own words why it has no addressee (a resolution is not a letter).
            var specific = $"not-applicable.addressee.{EnumNames.Of(act.Kind)}";
            context.Report("addressee", ValidationCodes.NotApplicable, context.Messages.Has(specific) ? specific : "not-applicable.addressee");
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
