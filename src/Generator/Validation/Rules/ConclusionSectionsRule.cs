using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// Appeal and cassation conclusions carry the review sections of p. 6 (the panel, the court acts under
/// review, the prosecutors who took part, the complainant's arguments, the study's results, the
/// findings on the complaint); a first-instance conclusion has none of them, so none is dropped unseen.
/// </summary>
internal sealed class ConclusionSectionsRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act is not Conclusion { Instance: { } instance } conclusion)
        {
            return;
        }

        (string Path, object? Value)[] sections =
        [
            ("panel", conclusion.Panel),
            ("reviewedActs", conclusion.ReviewedActs),
            ("participatingProsecutors", conclusion.ParticipatingProsecutors),
            ("complainantArguments", conclusion.ComplainantArguments),
            ("studyResults", conclusion.StudyResults),
            ("complaintFindings", conclusion.ComplaintFindings),
        ];

        foreach (var (path, value) in sections)
        {
            var missing = MandatoryFieldsRule.IsMissing(value);
            if (instance == ConclusionInstance.First && !missing)
            {
                context.Report(path, ValidationCodes.NotApplicable, "not-applicable.review-section");
            }
            else if (instance != ConclusionInstance.First && missing)
            {
                context.Report(path, ValidationCodes.Required);
            }
        }
    }
}
