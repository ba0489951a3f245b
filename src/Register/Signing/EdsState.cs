using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>Whether an issued act carries its signatory's electronic digital signature (EDS) yet: the PAdES signature of table <c>act_signatures</c>.</summary>
public enum EdsState
{
    /// <summary>The signatory's signature is attached: the act's PDF is the signed file.</summary>
    [JsonStringEnumMemberName("attached")] Attached,

    /// <summary>No signature is attached yet: the act was signed in the register only.</summary>
    [JsonStringEnumMemberName("missing")] Missing,
}
