using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Law;
using Supervision.Validation.Rules;

namespace Supervision.Validation;

/// <summary>
/// The one validator of acts, used by the CLI, the API and the web form alike. It returns every error
/// at once, each with the field's path, a stable code and a message in the act's language; rendering
/// starts only from an act it passes.
/// </summary>
public sealed class ActValidator
{
    private readonly IActRule[] _rules;

    /// <summary>A validator over a policy, a working-day calendar and the legal frames whose terms hold (the product's by default).</summary>
    public ActValidator(ActPolicy policy, WorkingCalendar calendar, LegalFrames? frames = null)
    {
        Policy = policy;
        frames ??= LegalFrames.Default;
        _rules =
        [
            new MandatoryFieldsRule(),
            new PartsRule(),
            new ConclusionSectionsRule(),
            new WithdrawalResolutionRule(),
            new HigherProtestProposalRule(),
            new TextLimitsRule(),
            new AddresseeRule(),
            new SignatoryAuthorityRule(),
            new SignatoryTitleRule(),
            new LegalFrameRule(frames),
            new TermsRule(frames),
            new StudyTermRule(calendar, frames),
            new SuspensionRule(),
            new DatesRule(),
            new AmountRule(),
            new FormatsRule(),
        ];
    }

    /// <summary>The validator with the product's policy and the Kazakhstan calendar.</summary>
    public static ActValidator Default { get; } = new(ActPolicy.Default, WorkingCalendar.Kazakhstan);

    /// <summary>The policy this validator applies.</summary>
    public ActPolicy Policy { get; }

    /// <summary>Checks an act against every rule.</summary>
    public ValidationReport Validate(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        var context = new ValidationContext(act, Policy);
        foreach (var rule in _rules)
        {
            rule.Check(context);
        }

        return new ValidationReport(context.Errors);
    }
}
