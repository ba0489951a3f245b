using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>The court instance a prosecutor's conclusion is given in (p. 6).</summary>
public enum ConclusionInstance
{
    /// <summary>Court of first instance: the seven sections of p. 6.</summary>
    [JsonStringEnumMemberName("first")] First,

    /// <summary>Appeal: the seven sections plus the review sections of p. 6.</summary>
    [JsonStringEnumMemberName("appeal")] Appeal,

    /// <summary>Cassation (the Supreme Court, p. 14): as appeal, approved by a Deputy Prosecutor General.</summary>
    [JsonStringEnumMemberName("cassation")] Cassation,
}
