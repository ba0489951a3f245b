namespace Supervision.Validation.Rules;

/// <summary>Values with a fixed form: the executor's telephone, IIN/BIN identifiers, page and copy counts.</summary>
internal sealed class FormatsRule : IActRule
{
    public void Check(ValidationContext context)
    {
        var act = context.Act;
        if (act.Executor?.Phone is { } phone && !string.IsNullOrWhiteSpace(phone) && !Phone.IsValid(phone))
        {
            context.Report("executor.phone", ValidationCodes.InvalidPhone);
        }

        CheckIdentifier(context, "proceeding.creditor.identifier", act.Proceeding?.Creditor?.Identifier);
        CheckIdentifier(context, "proceeding.debtor.identifier", act.Proceeding?.Debtor?.Identifier);

        for (var index = 0; index < (act.Attachments?.Count ?? 0); index++)
        {
            var attachment = act.Attachments![index];
            Positive(context, $"attachments[{index}].pages", attachment?.Pages);
            Positive(context, $"attachments[{index}].copies", attachment?.Copies);
        }
    }

    private static void CheckIdentifier(ValidationContext context, string path, string? identifier)
    {
        if (!string.IsNullOrWhiteSpace(identifier) && !Identifier.IsValid(identifier))
        {
            context.Report(path, ValidationCodes.InvalidIdentifier);
        }
    }

    private static void Positive(ValidationContext context, string path, int? value)
    {
        if (value is <= 0)
        {
            context.Report(path, ValidationCodes.NotPositive);
        }
    }
}
