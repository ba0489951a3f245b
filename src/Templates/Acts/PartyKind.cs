using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>What a party to an enforcement proceeding is; the p. 17 indicators count collections for the state.</summary>
public enum PartyKind
{
    /// <summary>A natural person.</summary>
    [JsonStringEnumMemberName("individual")] Individual,

    /// <summary>A legal entity.</summary>
    [JsonStringEnumMemberName("legal-entity")] LegalEntity,

    /// <summary>The state, represented by a state body.</summary>
    [JsonStringEnumMemberName("state")] State,
}
