namespace Supervision.Acts;

/// <summary>A prosecutor who took part in the case earlier, and the summary of his conclusion.</summary>
public sealed record ProsecutorOpinion
{
    /// <summary>Position and name as printed ("Бостандық ауданы прокурорының көмекшісі Ә.Т. Ғабитова").</summary>
    [Mandatory] public string? Prosecutor { get; init; }

    /// <summary>What the prosecutor concluded.</summary>
    [Mandatory, Prose] public string? Summary { get; init; }
}
