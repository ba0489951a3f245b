using Supervision.Texts;

namespace Supervision.Validation.Rules;

/// <summary>
/// Every text of the act passes the one text policy (<see cref="TextCharacters"/>) and can be drawn by the
/// act's font: a bidirectional control, a zero-width character, a control character, a line break in a
/// one-line field, or a character the PDF would silently drop is refused with <c>invalid-characters</c>,
/// naming the character and its position. Which fields are multi-line is the model's
/// <see cref="Acts.ProseAttribute"/>. One error per field: the first refused character.
/// </summary>
internal sealed class CharactersRule : IActRule
{
    public void Check(ValidationContext context)
    {
        foreach (var field in context.Fields)
        {
            if (field.Value is not string text)
            {
                continue;
            }

            var refused = TextCharacters.FirstRefusedOrNotDrawn(text, field.IsProse, context.Drawable);
            if (refused is not null)
            {
                context.Report(
                    field.Path,
                    ValidationCodes.InvalidCharacters,
                    MessageId(refused.Fault),
                    ("character", refused.Name),
                    ("position", refused.Position));
            }
        }
    }

    private static string MessageId(CharacterFault fault) => fault switch
    {
        CharacterFault.LineBreak => "invalid-characters.line",
        CharacterFault.Invisible => "invalid-characters.invisible",
        CharacterFault.Control => "invalid-characters.control",
        _ => "invalid-characters.font",
    };
}
