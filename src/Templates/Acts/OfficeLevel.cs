using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>The three levels of prosecutor's offices named by the seed (p. 3, p. 9).</summary>
public enum OfficeLevel
{
    /// <summary>The General Prosecutor's Office.</summary>
    [JsonStringEnumMemberName("general")] General,

    /// <summary>Oblast, Almaty and Astana city offices and those equal to them.</summary>
    [JsonStringEnumMemberName("regional")] Regional,

    /// <summary>District, city, inter-district and equal military, transport and specialised offices.</summary>
    [JsonStringEnumMemberName("district")] District,
}
