namespace Supervision.Register;

/// <summary>What came of adding a client or revoking its key.</summary>
public abstract record ClientOutcome
{
    private ClientOutcome()
    {
    }

    /// <summary>The client is stored and audited.</summary>
    /// <param name="Client">The client after the change.</param>
    /// <param name="Key">The key, only when the client was just added: shown once, stored only as its digest.</param>
    public sealed record Done(Client Client, string? Key) : ClientOutcome
    {
        /// <summary>Leaves the key out of anything that prints the outcome.</summary>
        public override string ToString() => $"Done {{ Client = {Client.Name} }}";
    }

    /// <summary>Refused; nothing changed.</summary>
    /// <param name="Problem">The field at fault and why.</param>
    public sealed record Refused(InputProblem Problem) : ClientOutcome;
}
