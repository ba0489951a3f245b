namespace Supervision.Acts;

/// <summary>A document attached to the act ("Қосымша: ... парақта" / "Приложение: на ... л.").</summary>
public sealed record Attachment
{
    /// <summary>What is attached, as printed ("атқарушылық іс жүргізу материалдарының көшірмелері").</summary>
    [Mandatory] public string? Title { get; init; }

    /// <summary>The number of sheets.</summary>
    [Mandatory] public int? Pages { get; init; }

    /// <summary>The number of copies, where more than one.</summary>
    public int? Copies { get; init; }
}
