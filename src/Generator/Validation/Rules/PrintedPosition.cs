using Supervision.Acts;

namespace Supervision.Validation.Rules;

/// <summary>
/// Reads the position out of a printed title in Kazakh or Russian by its key words. Deputies and
/// assistants are recognised before "acting", so that "и.о. заместителя" counts as a deputy.
/// A title with none of the words (a head, or a department prosecutor) gives no answer.
/// </summary>
internal static class PrintedPosition
{
    private static readonly (SignatoryPosition Position, string[] Words)[] Signs =
    [
        (SignatoryPosition.FirstDeputy, ["бірінші орынбасар", "первый заместител", "первого заместител"]),
        (SignatoryPosition.Deputy, ["орынбасар", "заместител"]),
        (SignatoryPosition.SeniorAssistant, ["аға көмекші", "старший помощник", "старшего помощник"]),
        (SignatoryPosition.Assistant, ["көмекші", "помощник"]),
        (SignatoryPosition.ActingHead, ["міндетін атқарушы", "міндетін уақытша атқарушы", "м.а.", "исполняющ", "и.о.", "и. о."]),
    ];

    public static SignatoryPosition? Detect(string title)
    {
        foreach (var (position, words) in Signs)
        {
            if (words.Any(word => title.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                return position;
            }
        }

        return null;
    }
}
