using Supervision.Acts;

namespace Supervision.Law;

/// <summary>
/// A law (a code, or the Prosecutor General's instruction) that acts cite, as the frame file names it:
/// its name in the genitive of each language as printed, its date and number, and where this comes from.
/// </summary>
/// <param name="Id">The name the frames use for it: "prosecution-1995".</param>
/// <param name="Kazakh">Its printed names in Kazakh.</param>
/// <param name="Russian">Its printed names in Russian.</param>
/// <param name="Date">The date it was adopted, where it is printed or recorded.</param>
/// <param name="Number">Its number ("2709", "261-IV"), where it is printed or recorded.</param>
/// <param name="Source">Where the lawyer took this from.</param>
public sealed record Statute(string Id, LawName Kazakh, LawName Russian, DateOnly? Date, string? Number, string Source)
{
    /// <summary>The printed names in a language.</summary>
    public LawName In(ActLanguage language) => language == ActLanguage.Kk ? Kazakh : Russian;
}

/// <summary>A law's name in one language.</summary>
/// <param name="Genitive">The name in the genitive, as a citation ends (Russian) or starts (Kazakh) with it;
/// <c>{dated}</c> stands where the date and number are printed: "Закона Республики Казахстан {dated} «О прокуратуре»".</param>
/// <param name="ShortName">The short name an act may define and then use ("Закон", "Заң"); null where none.</param>
public sealed record LawName(string Genitive, string? ShortName);
