using Supervision.Acts;
using Supervision.Calendar;
using Supervision.Law;
using Supervision.Rendering.Pdf;
using Supervision.Validation.Rules;

namespace Supervision.Validation;

/// <summary>
/// The one validator of acts, used by the CLI, the API and the web form alike. It returns every error
/// and every warning at once, each with the field's path, a stable code and a message in the act's
/// language; rendering starts only from an act without errors, whatever its warnings.
/// </summary>
public sealed class ActValidator
{
    private readonly IActRule[] _rules;
    private readonly TimeProvider _clock;
    private readonly Func<int, bool>? _drawable;

    /// <summary>A validator over a policy, a working-day calendar, the legal frames whose terms hold (the
    /// product's by default), a clock (for "dated after today"; the system clock when none is given) and
    /// what the act's font draws (a code point in, yes or no; by default the PDF renderer's font,
    /// <see cref="PdfFonts.Drawable"/>, asked once per act).</summary>
    public ActValidator(
        ActPolicy policy, WorkingCalendar calendar, LegalFrames? frames = null, TimeProvider? clock = null, Func<int, bool>? drawable = null)
    {
        Policy = policy;
        frames ??= LegalFrames.Default;
        _clock = clock ?? TimeProvider.System;
        _drawable = drawable;
        _rules =
        [
            new MandatoryFieldsRule(),
            new PartsRule(),
            new ConclusionSectionsRule(),
            new WithdrawalResolutionRule(),
            new HigherProtestProposalRule(),
            new PeriodicReportRule(frames),
            new WithdrawalFollowUpRule(),
            new TextLimitsRule(),
            new CharactersRule(),
            new AddresseeRule(),
            new SignatoryAuthorityRule(),
            new SignatoryTitleRule(),
            new LegalFrameRule(frames),
            new TermsRule(frames),
            new StudyTermRule(calendar, frames),
            new AppealProtestRule(calendar, frames),
            new SuspensionRule(),
            new DateBoundsRule(),
            new DatesRule(),
            new AmountRule(),
            new FormatsRule(),
            new FutureDateRule(),
            new AmountWordsRule(),
            new NormCitationRule(NormCitations.Default),
            new ApplicantReplyRule(),
            new FileRequestRule(),
            new FileReturnLetterRule(calendar, frames),
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
        var context = new ValidationContext(act, Policy, KazakhstanTime.Today(_clock), _drawable ?? PdfFonts.Drawable());
        foreach (var rule in _rules)
        {
            rule.Check(context);
        }

        return new ValidationReport(context.Errors) { Warnings = context.Warnings };
    }
}
