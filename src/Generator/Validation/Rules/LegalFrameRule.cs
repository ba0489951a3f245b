using Supervision.Law;

namespace Supervision.Validation.Rules;

/// <summary>
/// The act's date must fall in a legal frame: the frame says which articles the act cites and which terms
/// hold, so an act dated outside every frame cannot be worded or checked.
/// </summary>
internal sealed class LegalFrameRule(LegalFrames frames) : IActRule
{
    public void Check(ValidationContext context)
    {
        if (context.Act.Date is { } date && frames.At(date) is null)
        {
            context.Report(
                "date",
                ValidationCodes.NoLegalFrame,
                values: [("date", date), ("frames", string.Join(", ", frames.Frames.Select(Span)))]);
        }
    }

    private static string Span(LegalFrame frame) =>
        frame.Until is { } until ? $"{frame.From:dd.MM.yyyy}–{until:dd.MM.yyyy}" : $"{frame.From:dd.MM.yyyy}–";
}
