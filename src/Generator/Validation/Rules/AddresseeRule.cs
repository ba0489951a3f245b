namespace Supervision.Validation.Rules;

/// <summary>Each act goes only to the addressees the law names for it (domain brief, "The acts").</summary>
internal sealed class AddresseeRule : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act.Addressee?.Kind is not { } kind)
        {
            return;
        }

        var allowed = context.Policy.Addressees(context.Act.Kind);
        if (allowed.Count > 0 && !allowed.Contains(kind))
        {
            context.Report(
                "addressee.kind",
                ValidationCodes.AddresseeNotAllowed,
                values: [("addressee", context.Words.AddresseeKind(kind)), ("allowed", string.Join("; ", allowed.Select(context.Words.AddresseeKind)))]);
        }
    }
}
