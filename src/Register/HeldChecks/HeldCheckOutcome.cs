namespace Supervision.Register;

/// <summary>What came of recording a held check.</summary>
public abstract record HeldCheckOutcome
{
    private HeldCheckOutcome()
    {
    }

    /// <summary>Stored and audited.</summary>
    /// <param name="Check">The check as stored.</param>
    public sealed record Done(HeldCheck Check) : HeldCheckOutcome;

    /// <summary>A value is wrong; nothing changed.</summary>
    /// <param name="Problem">The field at fault and why.</param>
    public sealed record Invalid(InputProblem Problem) : HeldCheckOutcome;

    /// <summary>Refused for who asks (not a controller of the office, nor an administrator); nothing changed.</summary>
    /// <param name="Refusal">Why, with its code.</param>
    public sealed record Refused(Refusal Refusal) : HeldCheckOutcome;
}
