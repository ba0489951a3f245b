namespace Supervision.Acts;

/// <summary>
/// The request for an enforcement file (p. 8, art. 25 p. 2 of the Enforcement Law): to the head of the
/// territorial department for a state bailiff's proceeding, to the private bailiff for his own; where the
/// application needs it, the civil, criminal or administrative case is requested from the court holding it.
/// The file is studied within the working days the legal frame sets from its arrival, then returned.
/// </summary>
public sealed record FileRequest() : Act(ActKind.FileRequest)
{
    /// <summary>Why the file is requested (the application received, what it complains of), each paragraph on
    /// its own line.</summary>
    [Mandatory, Prose] public string? Reason { get; init; }

    /// <summary>The court case requested instead of the enforcement file, in the accusative as printed
    /// ("гражданское дело № 5521-25-00-2/1847 по иску ...", "... талап арызы бойынша № 5521-25-00-2/1847
    /// азаматтық ісін"): required where the request goes to a court, not applicable otherwise.</summary>
    public string? CourtCase { get; init; }

    /// <summary>The date by which the file is to reach the office, where the request sets one; after the act date.</summary>
    public DateOnly? SubmitBy { get; init; }
}
