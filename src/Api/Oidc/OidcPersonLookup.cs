using Supervision.Register;

namespace Supervision.Api.Oidc;

/// <summary>
/// The registered person an OIDC assertion names: the configured claim's value matched against the
/// login or the IIN. Only an enabled person is taken; the provider vouches for who someone is, the
/// register alone decides whether and as whom they may work here.
/// </summary>
internal static class OidcPersonLookup
{
    /// <summary>What the claim's value found in the register.</summary>
    public abstract record Outcome
    {
        private Outcome()
        {
        }

        /// <summary>An enabled person.</summary>
        public sealed record Found(Person Person) : Outcome;

        /// <summary>The assertion does not carry the claim (the provider or the setting is wrong).</summary>
        public sealed record NoClaim(string Claim) : Outcome;

        /// <summary>No person has that login or IIN.</summary>
        public sealed record Unknown(string Value) : Outcome;

        /// <summary>The person is disabled.</summary>
        public sealed record Disabled(string Value) : Outcome;
    }

    /// <summary>Finds the person the claim's value names.</summary>
    public static async Task<Outcome> FindAsync(People people, OidcPersonMatch match, string claim, string? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (string.IsNullOrWhiteSpace(value))
        {
            return new Outcome.NoClaim(claim);
        }

        var presented = value.Trim();
        var person = match == OidcPersonMatch.Iin
            // The register keeps IINs unique but has no look-up by IIN; an office's people are few hundred at most.
            ? (await people.ListAsync(cancellationToken: cancellationToken)).SingleOrDefault(candidate => candidate.Iin == presented)
            : await people.FindAsync(presented, cancellationToken);
        return person switch
        {
            null => new Outcome.Unknown(presented),
            { Disabled: true } => new Outcome.Disabled(presented),
            _ => new Outcome.Found(person),
        };
    }
}
