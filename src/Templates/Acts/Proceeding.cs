namespace Supervision.Acts;

/// <summary>The enforcement proceeding the act supervises.</summary>
public sealed record Proceeding
{
    /// <summary>The enforcement proceeding's number.</summary>
    [Mandatory] public string? Number { get; init; }

    /// <summary>The date the proceeding was opened.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>The bailiff conducting it, as printed ("жеке сот орындаушысы Д.Е. Нұрланов").</summary>
    public string? Bailiff { get; init; }

    /// <summary>The executive document being executed.</summary>
    [Mandatory] public ExecutiveDocument? ExecutiveDocument { get; init; }

    /// <summary>The creditor (өндіріп алушы / взыскатель).</summary>
    [Mandatory] public Party? Creditor { get; init; }

    /// <summary>The debtor (борышкер / должник).</summary>
    [Mandatory] public Party? Debtor { get; init; }

    /// <summary>The sum to collect in tenge, with tiyn as two decimals; absent for non-monetary claims.</summary>
    public decimal? Amount { get; init; }
}
