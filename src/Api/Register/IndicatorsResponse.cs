using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>The indicators of an office (or all) for a period, as far as the register's data allows (p. 17).</summary>
/// <param name="Office">The office index, or null for every office.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period.</param>
/// <param name="AsOf">The day open acts were judged on (overdue or still in term).</param>
/// <param name="Issued">Acts dated in the period.</param>
/// <param name="IssuedByKind">Of them, per kind ("instruction": 12, ...).</param>
/// <param name="WithTerm">Acts that set a term.</param>
/// <param name="OnTime">Acts with a term executed or answered on or before their due date.</param>
/// <param name="Late">Acts with a term executed or answered after it.</param>
/// <param name="Overdue">Acts with a term still open after it.</param>
/// <param name="InTerm">Acts with a term still open and in term.</param>
/// <param name="Withdrawn">Acts withdrawn.</param>
/// <param name="OnTimeShare">On time / (on time + late + overdue), to four decimals; null when there are none.</param>
/// <param name="State">Execution in favour of the state, over the proceedings for the state the acts were brought on.</param>
/// <param name="P17">p. 17's indicators over the tracked proceedings of the office and those below it, per office and in total.</param>
/// <param name="NotComputable">Indicators the data does not allow, each with why.</param>
public sealed record IndicatorsResponse(
    string? Office,
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    int Issued,
    IReadOnlyDictionary<string, int> IssuedByKind,
    int WithTerm,
    int OnTime,
    int Late,
    int Overdue,
    int InTerm,
    int Withdrawn,
    decimal? OnTimeShare,
    StateRecovery State,
    P17Response P17,
    IReadOnlyList<string> NotComputable)
{
    /// <summary>The answer for computed indicators.</summary>
    public static IndicatorsResponse Of(Indicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new(
            indicators.Query.OfficeCode,
            indicators.Query.From,
            indicators.Query.To,
            indicators.AsOf,
            indicators.Issued,
            indicators.IssuedByKind.ToDictionary(pair => EnumNames.Of(pair.Key), pair => pair.Value, StringComparer.Ordinal),
            indicators.WithTerm,
            indicators.OnTime,
            indicators.Late,
            indicators.Overdue,
            indicators.InTerm,
            indicators.Withdrawn,
            indicators.OnTimeShare,
            indicators.State,
            P17Response.Of(indicators.P17),
            indicators.NotComputable);
    }
}
