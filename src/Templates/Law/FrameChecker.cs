using Supervision.Acts;

namespace Supervision.Law;

/// <summary>
/// Turns the frame files into frames, checking what the JSON shape cannot: that every law has both languages,
/// every citation names a known law and something to cite, every kind is a known kind and every frame covers
/// all of them with the terms the validator needs, and that no two frames claim the same day.
/// Every problem is collected, each naming its file and place.
/// </summary>
internal sealed class FrameChecker
{
    /// <summary>The terms the validator reads, by kind, with the unit it counts them in.</summary>
    internal static readonly IReadOnlyList<(ActKind Kind, string Term, TermUnit Unit)> RequiredTerms =
    [
        (ActKind.Protest, LegalFrames.ConsiderationTerm, TermUnit.CalendarDays),
        (ActKind.Submission, LegalFrames.ConsiderationTerm, TermUnit.CalendarDays),
        (ActKind.Submission, LegalFrames.ReportTerm, TermUnit.WorkingDays),
        (ActKind.ReviewConclusion, LegalFrames.StudyTerm, TermUnit.WorkingDays),
        (ActKind.FileReturnLetter, LegalFrames.StudyTerm, TermUnit.WorkingDays),
        (ActKind.AppealProtest, LegalFrames.AppealTerm, TermUnit.Months),
        (ActKind.CheckReport, LegalFrames.DeliveryTerm, TermUnit.DayOfNextMonth),
        (ActKind.QuarterlyAnalysis, LegalFrames.DeliveryTerm, TermUnit.DayOfNextMonth),
        (ActKind.AnnualSummary, LegalFrames.DeliveryTerm, TermUnit.DayOfNextMonth),
    ];

    private readonly List<string> _problems = [];
    private readonly Dictionary<string, Statute> _laws = new(StringComparer.Ordinal);
    private readonly List<(LegalFrame Frame, string Place)> _frames = [];

    /// <summary>Every frame of the files, ordered by date; throws with every problem found.</summary>
    /// <exception cref="InvalidDataException">A file has errors; the message names each place.</exception>
    public static IReadOnlyList<LegalFrame> Check(IReadOnlyList<(string File, LegalFramesFile Data)> files)
    {
        var checker = new FrameChecker();
        foreach (var (file, data) in files)
        {
            checker.ReadLaws(file, data);
        }

        foreach (var (file, data) in files)
        {
            checker.ReadFrames(file, data);
        }

        checker.CheckDates();
        return checker._problems.Count == 0
            ? [.. checker._frames.Select(pair => pair.Frame).OrderBy(frame => frame.From)]
            : throw new InvalidDataException("The legal frames are refused:" + Environment.NewLine + string.Join(Environment.NewLine, checker._problems));
    }

    private void Problem(string place, string message) => _problems.Add($"{place}: {message}");

    private void ReadLaws(string file, LegalFramesFile data)
    {
        foreach (var (id, entry) in data.Laws)
        {
            var place = $"{file}: laws.{id}";
            if (_laws.ContainsKey(id))
            {
                Problem(place, "a law of this name is already defined");
                continue;
            }

            var kazakh = Name(entry.Kk, place + ".kk", "Kazakh", entry);
            var russian = Name(entry.Ru, place + ".ru", "Russian", entry);
            if (kazakh is not null && russian is not null)
            {
                _laws[id] = new Statute(id, kazakh, russian, entry.Date, entry.Number, entry.Source);
            }
        }
    }

    private LawName? Name(LawNameEntry? name, string place, string language, LawEntry law)
    {
        if (name is null || string.IsNullOrWhiteSpace(name.Genitive))
        {
            Problem(place, $"the law has no {language} name (genitive)");
            return null;
        }

        if (name.Genitive.Contains(CitationText.DatedMarker, StringComparison.Ordinal) && (law.Date is null || string.IsNullOrWhiteSpace(law.Number)))
        {
            Problem(place, $"the name prints the date and number at {CitationText.DatedMarker}, but the law has no date or no number");
        }

        return new LawName(name.Genitive.Trim(), string.IsNullOrWhiteSpace(name.Short) ? null : name.Short.Trim());
    }

    private void ReadFrames(string file, LegalFramesFile data)
    {
        for (var index = 0; index < data.Frames.Count; index++)
        {
            var entry = data.Frames[index];
            var place = $"{file}: frames[{index}] \"{entry.Id}\"";
            if (_frames.Any(known => known.Frame.Id == entry.Id))
            {
                Problem(place, "a frame of this name is already defined");
                continue;
            }

            if (entry.Until is { } until && until < entry.From)
            {
                Problem(place, $"until {until:yyyy-MM-dd} is before from {entry.From:yyyy-MM-dd}");
            }

            var kinds = Inherited(entry, place);
            foreach (var (name, kindEntry) in entry.Kinds)
            {
                if (!EnumNames.TryParse<ActKind>(name, out var kind))
                {
                    Problem($"{place}.kinds.{name}", $"unknown kind of act; the kinds are: {string.Join(", ", EnumNames.All<ActKind>())}");
                    continue;
                }

                kinds[kind] = Kind(kind, kindEntry, $"{place}.kinds.{name}");
            }

            var missing = Enum.GetValues<ActKind>().Where(kind => !kinds.ContainsKey(kind)).Select(EnumNames.Of).ToList();
            if (missing.Count > 0)
            {
                Problem(place, $"no entry for: {string.Join(", ", missing)} (give them, or inherit them from an earlier frame)");
            }

            _frames.Add((new LegalFrame(entry.Id, entry.Title, entry.From, entry.Until, entry.Source, kinds), place));
        }
    }

    private Dictionary<ActKind, KindFrame> Inherited(FrameEntry entry, string place)
    {
        if (entry.Inherits is null)
        {
            return [];
        }

        var parent = _frames.Select(pair => pair.Frame).FirstOrDefault(frame => frame.Id == entry.Inherits);
        if (parent is null)
        {
            Problem(place + ".inherits", $"no frame \"{entry.Inherits}\" is defined before this one");
            return [];
        }

        return parent.Kinds.ToDictionary();
    }

    private KindFrame Kind(ActKind kind, KindEntry entry, string place)
    {
        var citations = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var (name, citation) in entry.Citations)
        {
            if (Citation(citation, $"{place}.citations.{name}") is { } checkedCitation)
            {
                citations[name] = checkedCitation;
            }
        }

        foreach (var required in new[] { LegalFrames.BasisCitation, LegalFrames.InstructionCitation }.Where(name => !entry.Citations.ContainsKey(name)))
        {
            Problem($"{place}.citations", $"no citation \"{required}\"");
        }

        var terms = (entry.Terms ?? new Dictionary<string, TermEntry>()).ToDictionary(
            pair => pair.Key, pair => new LegalTerm(pair.Value.Days, pair.Value.Unit, pair.Value.Source), StringComparer.Ordinal);
        foreach (var (name, term) in terms.Where(pair => pair.Value.Days < 1))
        {
            Problem($"{place}.terms.{name}.days", $"{term.Days} is not a number of days");
        }

        // Every month has a 28th day; a later one would not fall in February.
        foreach (var (name, term) in terms.Where(pair => pair.Value.Unit == TermUnit.DayOfNextMonth && pair.Value.Days > 28))
        {
            Problem($"{place}.terms.{name}.days", $"{term.Days} is not a day every month has (at most 28)");
        }

        foreach (var (_, name, unit) in RequiredTerms.Where(required => required.Kind == kind))
        {
            if (!terms.TryGetValue(name, out var term))
            {
                Problem($"{place}.terms", $"no term \"{name}\" (the validator holds the act to it)");
            }
            else if (term.Unit != unit)
            {
                Problem($"{place}.terms.{name}.unit", $"the validator counts this term in {EnumNames.OfAny(unit)}");
            }
        }

        return new KindFrame(kind, entry.Source, citations, terms, DocumentTypes(entry.DocumentType, place + ".documentType"));
    }

    private Citation? Citation(CitationEntry entry, string place)
    {
        if (!_laws.TryGetValue(entry.Law, out var law))
        {
            Problem(place + ".law", $"unknown law \"{entry.Law}\"; the laws are: {string.Join(", ", _laws.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        IReadOnlyList<string> articles = entry.Articles ?? [], paragraphs = entry.Paragraphs ?? [], chapters = entry.Chapters ?? [];
        if (articles.Count + paragraphs.Count + chapters.Count == 0)
        {
            Problem(place, "cites nothing: give articles, paragraphs or chapters");
        }

        if (paragraphs.Count > 0 && articles.Count > 1)
        {
            Problem(place, "paragraphs belong to one article: give one article, or one citation per article");
        }

        if (articles.Concat(paragraphs).Concat(chapters).Any(string.IsNullOrWhiteSpace))
        {
            Problem(place, "a number is blank");
        }

        return new Citation(law, articles, paragraphs, chapters, entry.Source);
    }

    private Dictionary<ActLanguage, string> DocumentTypes(DocumentTypeEntry? entry, string place)
    {
        if (entry is null)
        {
            return [];
        }

        if (string.IsNullOrWhiteSpace(entry.Kk) || string.IsNullOrWhiteSpace(entry.Ru))
        {
            Problem(place, "a document type is printed in both languages: give kk and ru");
            return [];
        }

        return new() { [ActLanguage.Kk] = entry.Kk.Trim(), [ActLanguage.Ru] = entry.Ru.Trim() };
    }

    private void CheckDates()
    {
        var ordered = _frames.OrderBy(pair => pair.Frame.From).ToList();
        for (var index = 1; index < ordered.Count; index++)
        {
            var (earlier, _) = ordered[index - 1];
            var (later, place) = ordered[index];
            if (earlier.From == later.From || earlier.Until is { } until && until >= later.From)
            {
                Problem(place, $"its dates (from {later.From:yyyy-MM-dd}) overlap those of frame \"{earlier.Id}\" (from {earlier.From:yyyy-MM-dd}{(earlier.Until is { } end ? $" until {end:yyyy-MM-dd}" : string.Empty)})");
            }
        }
    }
}
