namespace Supervision.Register;

/// <summary>What came of registering an office.</summary>
public abstract record OfficeOutcome
{
    private OfficeOutcome()
    {
    }

    /// <summary>The office is registered and audited.</summary>
    /// <param name="Office">The office as stored.</param>
    public sealed record Registered(RegisteredOffice Office) : OfficeOutcome;

    /// <summary>The registration was refused; nothing changed.</summary>
    /// <param name="Problem">The field at fault and why.</param>
    public sealed record Refused(InputProblem Problem) : OfficeOutcome;
}
