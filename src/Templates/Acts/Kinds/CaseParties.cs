namespace Supervision.Acts;

/// <summary>The parties to a civil case, as printed in a conclusion.</summary>
public sealed record CaseParties
{
    /// <summary>The plaintiff or applicant (талапкер / истец, заявитель).</summary>
    [Mandatory] public string? Plaintiff { get; init; }

    /// <summary>The defendant or the person whose actions are contested (жауапкер / ответчик).</summary>
    [Mandatory] public string? Defendant { get; init; }

    /// <summary>Third persons, where any take part.</summary>
    public IReadOnlyList<string>? ThirdParties { get; init; }
}
