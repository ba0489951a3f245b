namespace Supervision.Acts;

/// <summary>The executive document an enforcement proceeding executes.</summary>
public sealed record ExecutiveDocument
{
    /// <summary>The type as printed ("атқару парағы", "исполнительный лист", "сот бұйрығы").</summary>
    [Mandatory] public string? Type { get; init; }

    /// <summary>The document's number.</summary>
    [Mandatory] public string? Number { get; init; }

    /// <summary>The date it was issued.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>The court or body that issued it, in the genitive
    /// ("Алматы қаласы Бостандық аудандық сотының", "Бостандыкского районного суда г. Алматы").</summary>
    [Mandatory] public string? Issuer { get; init; }

    /// <summary>What it orders, as printed after the document ("алимент өндіру туралы", "о взыскании задолженности").</summary>
    public string? Subject { get; init; }
}
