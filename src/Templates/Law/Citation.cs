namespace Supervision.Law;

/// <summary>
/// A citation of a law's provisions: articles, paragraphs (of the one article given, or of the law
/// itself where it has no articles, as the Instruction has), chapters. Templates print it in the grammatical
/// case their sentence needs (<see cref="CitationText"/>).
/// </summary>
/// <param name="Law">The law cited.</param>
/// <param name="Articles">The article numbers; at most one where paragraphs are given.</param>
/// <param name="Paragraphs">The paragraph numbers.</param>
/// <param name="Chapters">The chapter numbers.</param>
/// <param name="Source">Where the lawyer took this from.</param>
public sealed record Citation(
    Statute Law,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Chapters,
    string Source)
{
    /// <summary>The citation as printed in a language and case (Russian: instrumental by default, "пунктом 17 Инструкции ...";
    /// Kazakh: accusative by default, the law first, "... нұсқаулықтың 17-тармағын").</summary>
    /// <exception cref="ArgumentException">The case is not one citations are printed in.</exception>
    public string Text(Acts.ActLanguage language, string? grammaticalCase = null) => CitationText.Write(this, language, grammaticalCase, defineShortName: false);
}
