using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>Why a prosecutor proposes a protest to a higher court (p. 7): one ground of the two, or both.</summary>
public enum ProtestGround
{
    /// <summary>The court left the prosecutor's appeal protest unsatisfied without grounds.</summary>
    [JsonStringEnumMemberName("appeal-protest-rejected")] AppealProtestRejected,

    /// <summary>The courts materially violated substantive and procedural law in hearing the case.</summary>
    [JsonStringEnumMemberName("material-violation")] MaterialViolation,

    /// <summary>Both: the appeal protest was rejected without grounds and the courts materially violated the law.</summary>
    [JsonStringEnumMemberName("both")] Both,
}
