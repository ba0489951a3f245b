namespace Supervision.Register;

/// <summary>What came of a status change.</summary>
public abstract record StatusOutcome
{
    private StatusOutcome()
    {
    }

    /// <summary>The change is stored and audited.</summary>
    /// <param name="Act">The act after the change.</param>
    public sealed record Changed(IssuedAct Act) : StatusOutcome;

    /// <summary>No act has that id.</summary>
    public sealed record NotFound : StatusOutcome;

    /// <summary>The change is not allowed (a final status, a missing answer number, a date before the act); nothing changed.</summary>
    /// <param name="Message">One line saying why.</param>
    public sealed record Refused(string Message) : StatusOutcome;
}
