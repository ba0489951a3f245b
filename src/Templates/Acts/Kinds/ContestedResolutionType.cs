using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>
/// What a bailiff's contested resolution decided, as the Enforcement Law (No. 261-IV) names its resolutions.
/// A protest against a suspension also demands that the proceeding be resumed at once and the executive
/// document enforced (seed p. 9).
/// </summary>
public enum ContestedResolutionType
{
    /// <summary>Suspension of the proceeding (art. 42; resumed under art. 46).</summary>
    [JsonStringEnumMemberName("suspension")] Suspension,

    /// <summary>Termination of the proceeding (art. 47).</summary>
    [JsonStringEnumMemberName("termination")] Termination,

    /// <summary>Return of the executive document to the creditor.</summary>
    [JsonStringEnumMemberName("return")] Return,

    /// <summary>Refusal to initiate the proceeding.</summary>
    [JsonStringEnumMemberName("refusal")] Refusal,

    /// <summary>Any other resolution of the bailiff.</summary>
    [JsonStringEnumMemberName("other")] Other,
}
