using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>The position of a prosecutor who signs or approves an act, within his office.</summary>
public enum SignatoryPosition
{
    /// <summary>The first head: the prosecutor of the district, city or region, or the Prosecutor General.</summary>
    [JsonStringEnumMemberName("head")] Head,

    /// <summary>The person acting for the first head (орнын басатын тұлға / исполняющий обязанности).</summary>
    [JsonStringEnumMemberName("acting-head")] ActingHead,

    /// <summary>The first deputy of the head.</summary>
    [JsonStringEnumMemberName("first-deputy")] FirstDeputy,

    /// <summary>A deputy of the head.</summary>
    [JsonStringEnumMemberName("deputy")] Deputy,

    /// <summary>A senior assistant prosecutor.</summary>
    [JsonStringEnumMemberName("senior-assistant")] SeniorAssistant,

    /// <summary>An assistant prosecutor.</summary>
    [JsonStringEnumMemberName("assistant")] Assistant,
}
