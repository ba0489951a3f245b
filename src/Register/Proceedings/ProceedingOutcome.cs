namespace Supervision.Register;

/// <summary>What came of entering or changing a tracked proceeding.</summary>
public abstract record ProceedingOutcome
{
    private ProceedingOutcome()
    {
    }

    /// <summary>Stored and audited.</summary>
    /// <param name="Proceeding">The proceeding as stored.</param>
    public sealed record Done(TrackedProceeding Proceeding) : ProceedingOutcome;

    /// <summary>A value is wrong; nothing changed.</summary>
    /// <param name="Problem">The field at fault and why.</param>
    public sealed record Invalid(InputProblem Problem) : ProceedingOutcome;

    /// <summary>Refused for who asks or for what is there (another office, no such proceeding); nothing changed.</summary>
    /// <param name="Refusal">Why, with its code.</param>
    public sealed record Refused(Refusal Refusal) : ProceedingOutcome;
}
