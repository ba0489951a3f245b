using System.Globalization;
using Supervision.Acts;
using Supervision.Document;
using Supervision.Language;
using Supervision.Law;

namespace Supervision.Register;

/// <summary>
/// p. 17's indicators as a document of the project's model (headings, paragraphs, tables), which the HTML and
/// PDF renderers print as they print acts: the two indicators, each a table per office with the total, and
/// under each what p. 17 leaves out and how many proceedings that was. The basis is cited from the legal
/// frame data (the Instruction's paragraph 17).
/// </summary>
public static class P17Report
{
    /// <summary>The report in a language.</summary>
    /// <param name="indicators">The figures.</param>
    /// <param name="office">The office asked for, where one was (its names print in the heading).</param>
    /// <param name="language">Kazakh or Russian.</param>
    public static ActDocument Build(P17Indicators indicators, RegisteredOffice? office, ActLanguage language)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var words = P17Wording.For(language);
        var dates = Languages.For(language);
        var scope = office is null
            ? words.AllOffices
            : words.WithBelow.Replace("{office}", Name(office.Code, office.NameKk, office.NameRu, language), StringComparison.Ordinal);
        var period = words.Period
            .Replace("{from}", dates.FullDate(indicators.Query.From), StringComparison.Ordinal)
            .Replace("{to}", dates.FullDate(indicators.Query.To), StringComparison.Ordinal);
        var total = indicators.Total;
        var blocks = new List<Block>
        {
            new Heading(1, [new TextRun(words.Title)]),
            new Heading(2, [new TextRun(scope), LineBreak.Instance, new TextRun(period)]),
        };
        if (Basis(indicators.Query.To, language, words) is { } basis)
        {
            blocks.Add(Text(basis));
        }

        blocks.Add(new Heading(3, [new TextRun(words.State)]));
        blocks.Add(Table(
            [words.Office, words.Proceedings, words.SumDue, words.RecoveredByActs, words.Share],
            indicators.Offices.Select(row => (row, row.Figures.State)),
            total.State,
            state => [Count(state.Proceedings), dates.AmountInDigits(state.SumDue), dates.AmountInDigits(state.Recovered), Percent(state.Share)],
            words,
            language));
        blocks.Add(Text(Left(words.TermKept, total.State.TermKept)));
        blocks.Add(new Heading(3, [new TextRun(words.Claims)]));
        blocks.Add(new Heading(3, [new TextRun(words.Property)]));
        blocks.Add(Table(
            [words.Office, words.Proceedings, words.SumDue, words.RecoveredActually, words.Share],
            indicators.Offices.Select(row => (row, row.Figures.Property)),
            total.Property,
            property => [Count(property.Proceedings), dates.AmountInDigits(property.SumDue), dates.AmountInDigits(property.Recovered), Percent(property.Share)],
            words,
            language));
        blocks.Add(Text(Left(words.PrivateInterest, total.Property.PrivateInterest)));
        blocks.Add(new Heading(3, [new TextRun(words.NonProperty)]));
        blocks.Add(Table(
            [words.Office, words.InExecution, words.Executed, words.Share],
            indicators.Offices.Select(row => (row, row.Figures.NonProperty)),
            total.NonProperty,
            nonProperty => [Count(nonProperty.InExecution), Count(nonProperty.Executed), Percent(nonProperty.Share)],
            words,
            language));
        blocks.Add(Text(Left(words.WithoutWrit, total.NonProperty.WithoutWrit)));
        var title = words.Title[..1] + words.Title[1..].ToLower(CultureInfo.GetCultureInfo(words.Culture));
        return new ActDocument(new DocumentInfo(title, $"{scope}. {period}", scope, words.Culture, indicators.Query.To), blocks);
    }

    /// <summary>"… in accordance with paragraph 17 of the Instruction …", as the legal frame of the period's end names the Instruction; null where no frame does.</summary>
    private static string? Basis(DateOnly day, ActLanguage language, P17Wording words)
    {
        var frame = LegalFrames.Default.At(day);
        if (frame is null || !frame.For(ActKind.Instruction).Citations.TryGetValue(LegalFrames.InstructionCitation, out var cited))
        {
            return null;
        }

        var paragraph17 = new Citation(cited.Law, [], ["17"], [], "seed p. 17: the main indicators of supervision of the legality of enforcement proceedings");
        return words.Basis.Replace("{citation}", paragraph17.Text(language, words.BasisCase), StringComparison.Ordinal);
    }

    private static Table Table<T>(
        string[] header,
        IEnumerable<(P17Office Office, T Figures)> rows,
        T total,
        Func<T, string[]> cells,
        P17Wording words,
        ActLanguage language)
    {
        var table = new List<TableRow> { new([.. header.Select(text => new TableCell([new TextRun(text)], Alignment.Center))]) };
        table.AddRange(rows.Select(row => Row(Name(row.Office.OfficeCode, row.Office.NameKk, row.Office.NameRu, language), cells(row.Figures), bold: false)));
        table.Add(Row(words.Total, cells(total), bold: true));
        return new Table(table, HasHeader: true);
    }

    private static TableRow Row(string name, string[] figures, bool bold) =>
        new([new TableCell([new TextRun(name, Bold: bold)]), .. figures.Select(text => new TableCell([new TextRun(text, Bold: bold)], Alignment.Right))]);

    private static Paragraph Text(string text) => new([new TextRun(text)]);

    private static string Left(string sentence, int count) => sentence.Replace("{count}", Count(count), StringComparison.Ordinal);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with a decimal comma ("48,57"); a dash where there is nothing to divide by.</summary>
    private static string Percent(decimal? share) =>
        share is { } value ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') : "—";

    private static string Name(string code, string? kazakh, string? russian, ActLanguage language) =>
        (language == ActLanguage.Kk ? kazakh : russian) ?? code;
}
