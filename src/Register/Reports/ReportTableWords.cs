using System.Text.Json;
using System.Text.Json.Serialization;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// report-tables.json, read strictly (a typo in a kind or a field stops the start rather than drop a row): which
/// kinds the quarterly table counts and the words of its rows, and how far back execution control looks for
/// reports owed.
/// </summary>
internal sealed class ReportTableWords
{
    private const string Resource = "Supervision.Register.Reports.report-tables.json";

    /// <summary>Strict as the other data files a lawyer edits: a missing or unknown field is an error; comments are allowed.</summary>
    private static readonly JsonSerializerOptions Strict = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private ReportTableWords(IReadOnlyList<(ActKind Kind, Words Label)> actRows, Words ownRowSuffix, Words total, int owedLookBackMonths)
    {
        ActRows = actRows;
        OwnRowSuffix = ownRowSuffix;
        Total = total;
        OwedLookBackMonths = owedLookBackMonths;
    }

    /// <summary>The shipped file.</summary>
    public static ReportTableWords Default { get; } = Load();

    /// <summary>The kinds the quarterly table counts, in the order it prints them, with their rows' words.</summary>
    public IReadOnlyList<(ActKind Kind, Words Label)> ActRows { get; }

    /// <summary>Added to the reporting office's own row.</summary>
    public Words OwnRowSuffix { get; }

    /// <summary>The total row of a table of recoveries.</summary>
    public Words Total { get; }

    /// <summary>How many months back execution control looks for the periods whose reports are owed.</summary>
    public int OwedLookBackMonths { get; }

    private static ReportTableWords Load()
    {
        using var stream = typeof(ReportTableWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        var file = JsonSerializer.Deserialize<TablesFile>(stream, Strict) ?? throw new InvalidOperationException($"{Resource}: empty");
        var rows = file.ActRows.Select((row, index) => EnumNames.TryParse<ActKind>(row.Kind, out var kind)
                ? (kind, new Words(Required(row.Kk, $"actRows[{index}].kk"), Required(row.Ru, $"actRows[{index}].ru")))
                : throw new InvalidOperationException($"{Resource}: actRows[{index}].kind '{row.Kind}' is not a kind of act"))
            .ToList();
        if (rows.Select(row => row.kind).Distinct().Count() != rows.Count)
        {
            throw new InvalidOperationException($"{Resource}: actRows names a kind twice");
        }

        return file.OwedLookBackMonths is < 1 or > 60
            ? throw new InvalidOperationException($"{Resource}: owedLookBackMonths must be 1 to 60")
            : new ReportTableWords(rows, file.OwnRowSuffix, new Words(Required(file.Total.Kk, "total.kk"), Required(file.Total.Ru, "total.ru")), file.OwedLookBackMonths);
    }

    private static string Required(string text, string where) =>
        string.IsNullOrWhiteSpace(text) ? throw new InvalidOperationException($"{Resource}: {where} is empty") : text;

    private sealed record TablesFile(IReadOnlyList<RowEntry> ActRows, Words OwnRowSuffix, Words Total, int OwedLookBackMonths);

    private sealed record RowEntry(string Kind, string Kk, string Ru);
}

/// <summary>A text in Kazakh and in Russian.</summary>
/// <param name="Kk">In Kazakh.</param>
/// <param name="Ru">In Russian.</param>
internal sealed record Words(string Kk, string Ru)
{
    /// <summary>The text in a language.</summary>
    public string In(ActLanguage language) => language == ActLanguage.Kk ? Kk : Ru;
}
