namespace Supervision.Register;

/// <summary>What came of adding a person, disabling one or changing roles.</summary>
public abstract record PersonOutcome
{
    private PersonOutcome()
    {
    }

    /// <summary>The change is stored and audited.</summary>
    /// <param name="Person">The person after the change.</param>
    public sealed record Done(Person Person) : PersonOutcome;

    /// <summary>The change was refused (an unknown login among them); nothing changed.</summary>
    /// <param name="Problem">The field at fault and why.</param>
    public sealed record Refused(InputProblem Problem) : PersonOutcome;
}
