namespace Supervision.Acts;

/// <summary>
/// A row of a table of recoveries (p. 11, 12): what the row counts (an office, a category of executive documents),
/// how many executive documents were in execution, the sum they recover and the sum recovered in the period, in
/// tenge (printed in digits, as tables print sums).
/// </summary>
public sealed record RecoveryFigures
{
    /// <summary>What the row counts, as printed in its first cell ("Прокуратура Карасайского района").</summary>
    [Mandatory] public string? Label { get; init; }

    /// <summary>Executive documents in execution in the period.</summary>
    [Mandatory] public int? Documents { get; init; }

    /// <summary>The sum the documents recover, in tenge.</summary>
    [Mandatory] public decimal? Amount { get; init; }

    /// <summary>The sum actually recovered in the period, in tenge.</summary>
    [Mandatory] public decimal? Recovered { get; init; }
}
