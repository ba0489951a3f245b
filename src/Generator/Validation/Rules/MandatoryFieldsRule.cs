using System.Collections;

namespace Supervision.Validation.Rules;

/// <summary>Every field marked mandatory in the model is there: not null, not blank, not an empty list.</summary>
internal sealed class MandatoryFieldsRule : IActRule
{
    public void Check(ValidationContext context)
    {
        foreach (var field in context.Fields)
        {
            if (field.IsMandatory && IsMissing(field.Value))
            {
                context.Report(field.Path, ValidationCodes.Required);
            }
        }
    }

    internal static bool IsMissing(object? value) => value switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text),
        ICollection list => list.Count == 0,
        _ => false,
    };
}
