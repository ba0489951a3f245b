using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// A quarterly analysis (p. 11) or an annual summary (p. 12) with its tables filled from the register's figures:
/// the prose, the addressee, the signatory and the number stay the prosecutor's to write, and every figure
/// stays his to correct before signing.
/// </summary>
public static class PrefilledReports
{
    /// <summary>The kinds whose tables the register fills.</summary>
    public static IReadOnlyList<ActKind> Kinds { get; } = [ActKind.QuarterlyAnalysis, ActKind.AnnualSummary];

    /// <summary>The act of a kind, in a language, for the tables' period, dated <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException">The kind is not one of <see cref="Kinds"/>, or the period does not suit it.</exception>
    public static Act Build(ActKind kind, ActLanguage language, ReportTables tables, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var words = ReportTableWords.Default;
        var period = tables.Period;
        return kind switch
        {
            ActKind.QuarterlyAnalysis when period.Quarter is { } quarter => new QuarterlyAnalysis
            {
                Language = language,
                Date = date,
                Year = period.Year,
                Quarter = quarter,
                Acts = [.. tables.Acts.Select(row => new ActFigures
                {
                    Label = words.ActRows.First(entry => entry.Kind == row.Kind).Label.In(language),
                    Brought = row.Brought,
                    Considered = row.Considered,
                    Executed = row.Executed,
                    Overdue = row.Overdue,
                })],
                Recoveries = Rows(tables, language, office => office.All),
            },
            ActKind.AnnualSummary when period.Quarter is null => new AnnualSummary
            {
                Language = language,
                Date = date,
                Year = period.Year,
                StateRevenueFigures = Rows(tables, language, office => office.StateRevenue),
                ProsecutorClaimFigures = Rows(tables, language, office => office.Claims),
            },
            ActKind.QuarterlyAnalysis or ActKind.AnnualSummary => throw new ArgumentException($"a {EnumNames.Of(kind)} covers {(kind == ActKind.AnnualSummary ? "a year" : "a quarter")}", nameof(tables)),
            _ => throw new ArgumentException($"the register fills no tables of a {EnumNames.Of(kind)}", nameof(kind)),
        };
    }

    /// <summary>A row per office (the reporting office's own row marked when others follow it), then the total.</summary>
    private static List<RecoveryFigures> Rows(ReportTables tables, ActLanguage language, Func<OfficeRecoveries, RecoveryCounts> pick)
    {
        var words = ReportTableWords.Default;
        var rows = tables.Offices.Select(office =>
        {
            var name = (language == ActLanguage.Kk ? office.NameKk : office.NameRu) ?? office.OfficeCode;
            var own = office.OfficeCode == tables.OfficeCode && tables.Offices.Count > 1;
            return Row(own ? name + words.OwnRowSuffix.In(language) : name, pick(office));
        }).ToList();
        rows.Add(Row(words.Total.In(language), pick(tables.Total)));
        return rows;
    }

    private static RecoveryFigures Row(string label, RecoveryCounts counts) => new()
    {
        Label = label,
        Documents = counts.Documents,
        Amount = counts.Amount,
        Recovered = counts.Recovered,
    };
}
