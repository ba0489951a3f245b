using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>Where an act's execution stands. An issued act may be answered, executed or withdrawn; an
/// answered one may still be executed or withdrawn; executed and withdrawn are final.</summary>
public enum ActStatus
{
    /// <summary>Issued, awaiting execution or an answer.</summary>
    [JsonStringEnumMemberName("issued")] Issued,

    /// <summary>The demands were carried out (the addressee reported execution).</summary>
    [JsonStringEnumMemberName("executed")] Executed,

    /// <summary>The addressee answered (a submission considered, a protest examined).</summary>
    [JsonStringEnumMemberName("answered")] Answered,

    /// <summary>The prosecutor withdrew the act.</summary>
    [JsonStringEnumMemberName("withdrawn")] Withdrawn,
}
