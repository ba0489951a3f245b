using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// Who may sign and who may approve the act at the office's level (seed p. 6, 9, 14), as the
/// policy file states it.
/// </summary>
internal sealed class SignatoryAuthorityRule : IActRule
{
    public void Check(ValidationContext context)
    {
        var act = context.Act;
        if (act.Office?.Level is not { } level)
        {
            return;
        }

        var instance = (act as Conclusion)?.Instance;
        if (act.Signatory?.Position is { } signs)
        {
            var allowed = context.Policy.Signatories(act.Kind, level, instance);
            Check(context, "signatory.position", ValidationCodes.SignatoryNotAuthorized, "signatory-not-authorized", signs, allowed, level);
        }

        if (act is IApprovedAct { Approver.Position: { } approves })
        {
            var allowed = context.Policy.Approvers(act.Kind, level, instance);
            Check(context, "approver.position", ValidationCodes.ApproverNotAuthorized, "approver-not-authorized", approves, allowed, level);
        }
    }

    private static void Check(
        ValidationContext context,
        string path,
        string code,
        string messageId,
        SignatoryPosition position,
        IReadOnlyList<SignatoryPosition> allowed,
        OfficeLevel level)
    {
        if (allowed.Contains(position))
        {
            return;
        }

        var levelLocative = context.Words.LevelLocative(level);
        if (allowed.Count == 0)
        {
            // A kind may say in its own words why it is not made at this level (information only regional offices
            // send, a notice only a district sends).
            var specific = $"{messageId}.level.{EnumNames.Of(context.Act.Kind)}";
            context.Report(path, code, context.Messages.Has(specific) ? specific : $"{messageId}.level", ("levelLocative", levelLocative));
            return;
        }

        context.Report(
            path,
            code,
            messageId,
            ("levelLocative", levelLocative),
            ("position", context.Words.Position(position)),
            ("allowed", string.Join(", ", allowed.Select(context.Words.Position))));
    }
}
