using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>
/// Which of p. 17's two indicators a tracked enforcement proceeding feeds: the execution in favour of the
/// state, or the execution of the prosecutor's claims, property or non-property.
/// </summary>
public enum ProceedingCategory
{
    /// <summary>A recovery in favour of the state (мемлекет пайдасына өндіру): its sum due and the sum recovered on the basis of acts of supervision.</summary>
    [JsonStringEnumMemberName("state-revenue")] StateRevenue,

    /// <summary>A court act on a property claim of the prosecutor: its sum due and the sum actually recovered.</summary>
    [JsonStringEnumMemberName("prosecutor-claim-property")] ProsecutorClaimProperty,

    /// <summary>A court act on a non-property claim of the prosecutor: executed or not.</summary>
    [JsonStringEnumMemberName("prosecutor-claim-non-property")] ProsecutorClaimNonProperty,
}
