namespace Supervision.Acts;

/// <summary>The employee who prepared the act, printed in the executor line at the foot ("Орынд.: ..., тел. ...").</summary>
public sealed record Executor
{
    /// <summary>Initial and surname as printed ("А. Сейітова").</summary>
    [Mandatory] public string? Name { get; init; }

    /// <summary>Work telephone as printed ("8 (727) 271-34-56").</summary>
    [Mandatory] public string? Phone { get; init; }
}
