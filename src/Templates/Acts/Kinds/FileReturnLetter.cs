namespace Supervision.Acts;

/// <summary>
/// The covering letter returning a studied file (p. 8: studied within three working days of arrival, then
/// returned) to whoever sent it: the file, its volumes and sheets, and, where the prosecutor says so, what the
/// study found or which acts of supervision were brought.
/// </summary>
public sealed record FileReturnLetter() : Act(ActKind.FileReturnLetter)
{
    /// <summary>The court case returned instead of the enforcement file, in the accusative as printed:
    /// required where the letter goes to a court, not applicable otherwise.</summary>
    public string? CourtCase { get; init; }

    /// <summary>The date the file reached the office: the study term runs from it.</summary>
    [Mandatory] public DateOnly? ReceivedOn { get; init; }

    /// <summary>The number of volumes returned.</summary>
    [Mandatory] public int? Volumes { get; init; }

    /// <summary>The number of sheets returned.</summary>
    [Mandatory] public int? Sheets { get; init; }

    /// <summary>What the study found, where the letter says it, each paragraph on its own line.</summary>
    [Prose] public string? Findings { get; init; }

    /// <summary>The acts of supervision brought on what the study found, if any.</summary>
    public IReadOnlyList<ProsecutorMeasure>? Measures { get; init; }
}
