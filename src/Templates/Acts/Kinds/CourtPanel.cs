namespace Supervision.Acts;

/// <summary>The judges of an appeal or cassation hearing.</summary>
public sealed record CourtPanel
{
    /// <summary>The judge-rapporteur (баяндамашы судья / судья-докладчик).</summary>
    [Mandatory] public string? Rapporteur { get; init; }

    /// <summary>The judges of the panel (алқа құрамы / состав коллегии).</summary>
    [Mandatory] public IReadOnlyList<string>? Judges { get; init; }
}
