using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>Who stands behind a request: a person signed in, a machine client with its key, or the
/// service itself (migrations, the shipped templates' first versions).</summary>
public enum PrincipalKind
{
    /// <summary>A person of the register, signed in with a password or through the office's identity provider.</summary>
    [JsonStringEnumMemberName("person")] Person,

    /// <summary>Another system, by its client key; never signs, approves, publishes or changes a status.</summary>
    [JsonStringEnumMemberName("client")] Client,

    /// <summary>The service acting on its own (no request behind it).</summary>
    [JsonStringEnumMemberName("system")] System,
}
