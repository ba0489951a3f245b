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

    /// <summary>The change is not allowed (a final status, a missing answer number, a date before the act, a principal who may not change this act); nothing changed.</summary>
    /// <param name="Message">One line saying why.</param>
    /// <param name="Code">The refusal's code: <see cref="Refusal.InvalidInput"/>, <see cref="Refusal.Conflict"/> (a final status) or <see cref="Refusal.Forbidden"/>.</param>
    public sealed record Refused(string Message, string Code = Refusal.InvalidInput) : StatusOutcome;
}
