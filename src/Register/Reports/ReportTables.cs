using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The figures the register holds for a periodic report: the acts of supervision brought in the period by the
/// office and the offices below it, a row per kind that report-tables.json counts; and the tracked enforcement
/// proceedings in execution in the period, a row per office.
/// </summary>
/// <param name="OfficeCode">The reporting office.</param>
/// <param name="Period">The period.</param>
/// <param name="AsOf">The day open acts were judged overdue on.</param>
/// <param name="Acts">A row per kind, in the file's order, zeros included.</param>
/// <param name="Offices">A row per office: the reporting office first, then those below it by index, zeros included.</param>
public sealed record ReportTables(string OfficeCode, ReportPeriod Period, DateOnly AsOf, IReadOnlyList<KindFigures> Acts, IReadOnlyList<OfficeRecoveries> Offices)
{
    /// <summary>Every office's recoveries added up.</summary>
    public OfficeRecoveries Total => new(OfficeCode, null, null, Offices.Aggregate(RecoveryCounts.None, (sum, row) => sum.Plus(row.StateRevenue)),
        Offices.Aggregate(RecoveryCounts.None, (sum, row) => sum.Plus(row.PropertyClaims)), Offices.Aggregate(RecoveryCounts.None, (sum, row) => sum.Plus(row.NonPropertyClaims)));
}

/// <summary>The acts of one kind brought in a period and what became of them.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Brought">Acts issued (dated in the period); withdrawn ones included.</param>
/// <param name="Considered">Of them, answered or executed: their addressee considered them.</param>
/// <param name="Executed">Of them, executed.</param>
/// <param name="Overdue">Of them, still open after their due date, as execution control counts overdue acts.</param>
public sealed record KindFigures(ActKind Kind, int Brought, int Considered, int Executed, int Overdue);

/// <summary>One office's tracked proceedings in execution in a period, by category.</summary>
/// <param name="OfficeCode">Its index.</param>
/// <param name="NameKk">Its registered Kazakh name.</param>
/// <param name="NameRu">Its registered Russian name.</param>
/// <param name="StateRevenue">Proceedings on recoveries for the state's revenue.</param>
/// <param name="PropertyClaims">Proceedings on court acts on the prosecutor's property claims.</param>
/// <param name="NonPropertyClaims">Proceedings on court acts on the prosecutor's non-property claims (no sums).</param>
public sealed record OfficeRecoveries(string OfficeCode, string? NameKk, string? NameRu, RecoveryCounts StateRevenue, RecoveryCounts PropertyClaims, RecoveryCounts NonPropertyClaims)
{
    /// <summary>Every category together.</summary>
    public RecoveryCounts All => StateRevenue.Plus(PropertyClaims).Plus(NonPropertyClaims);

    /// <summary>The prosecutor's claims, property and non-property.</summary>
    public RecoveryCounts Claims => PropertyClaims.Plus(NonPropertyClaims);
}

/// <summary>How many proceedings (executive documents), the sum they recover and the sum recovered within the period, in tenge.</summary>
/// <param name="Documents">Proceedings.</param>
/// <param name="Amount">The sums due.</param>
/// <param name="Recovered">The sums recovered within the period: each one's figure as of the period's last day less its figure as of the day before the first.</param>
public sealed record RecoveryCounts(int Documents, decimal Amount, decimal Recovered)
{
    /// <summary>Nothing.</summary>
    public static RecoveryCounts None { get; } = new(0, 0m, 0m);

    /// <summary>Two counts added up.</summary>
    public RecoveryCounts Plus(RecoveryCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Documents + other.Documents, Amount + other.Amount, Recovered + other.Recovered);
    }
}
