using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// The printed position above a signature agrees with the position the authority check used, and
/// nobody signs "for" another or with a slash (documentation rules, p. 31).
/// </summary>
internal sealed class SignatoryTitleRule : IActRule
{
    /// <summary>Positions whose printed title must say so: an acting head or a deputy may not print as the head.</summary>
    private static readonly SignatoryPosition[] MustBeNamed =
        [SignatoryPosition.ActingHead, SignatoryPosition.FirstDeputy, SignatoryPosition.Deputy];

    public void Check(ValidationContext context)
    {
        CheckOne(context, context.Act.Signatory, "signatory");
        if (context.Act is IApprovedAct approved)
        {
            CheckOne(context, approved.Approver, "approver");
        }
    }

    private static void CheckOne(ValidationContext context, Signatory? signatory, string path)
    {
        if (signatory?.Title is not { } title || string.IsNullOrWhiteSpace(title))
        {
            return;
        }

        if (SignsForAnother(title) || SignsForAnother(signatory.Name?.Surname) || SignsForAnother(signatory.Name?.GivenName))
        {
            context.Report($"{path}.title", ValidationCodes.SigningForAnother);
        }

        if (signatory.Position is not { } position)
        {
            return;
        }

        var printed = PrintedPosition.Detect(title);
        var mismatch = printed is { } detected ? detected != position : MustBeNamed.Contains(position);
        if (mismatch)
        {
            context.Report(
                $"{path}.title",
                ValidationCodes.SignatoryTitleMismatch,
                values: [("title", title), ("position", context.Words.Position(position))]);
        }
    }

    private static bool SignsForAnother(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = text.Split((char[])[' ', '\u00A0', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        return text.Contains('/', StringComparison.Ordinal)
            || words.Contains("үшін", StringComparer.OrdinalIgnoreCase)
            || (words.Length > 0 && words[0].Equals("за", StringComparison.OrdinalIgnoreCase));
    }
}
