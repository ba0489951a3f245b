using System.Collections;

namespace Supervision.Validation.Rules;

/// <summary>
/// Texts stay within sane lengths and lists short enough to print. Which characters a text may hold is
/// <see cref="CharactersRule"/>'s.
/// </summary>
internal sealed class TextLimitsRule : IActRule
{
    /// <summary>A name, number, position or place: more than this is not a requisite but a mistake.</summary>
    public const int MaxLineLength = 300;

    /// <summary>A paragraph of the act's prose: about three pages.</summary>
    public const int MaxProseLength = 10_000;

    /// <summary>Items in one list of the act (violations, demands, attachments, ...).</summary>
    public const int MaxListItems = 50;

    public void Check(ValidationContext context)
    {
        foreach (var field in context.Fields)
        {
            switch (field.Value)
            {
                case string text:
                    CheckText(context, field, text);
                    break;
                case ICollection { Count: > MaxListItems } list when !field.IsListItem:
                    context.Report(field.Path, ValidationCodes.TooMany, values: [("count", list.Count), ("max", MaxListItems)]);
                    break;
            }
        }
    }

    private static void CheckText(ValidationContext context, ModelField field, string text)
    {
        var max = field.IsProse ? MaxProseLength : MaxLineLength;
        if (text.Length > max)
        {
            context.Report(field.Path, ValidationCodes.TooLong, values: [("length", text.Length), ("max", max)]);
        }
    }
}
