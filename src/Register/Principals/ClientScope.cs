using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>What a machine client's key lets it do (issue 12). No scope lets a client sign, approve,
/// publish a template or change an act's status: those need a person.</summary>
public enum ClientScope
{
    /// <summary>Render and validate acts, read examples and schemas.</summary>
    [JsonStringEnumMemberName("acts:render")] ActsRender,

    /// <summary>Create drafts of acts for a named signatory of the client's office.</summary>
    [JsonStringEnumMemberName("acts:draft")] ActsDraft,

    /// <summary>Read the register (issued acts, control lists, indicators).</summary>
    [JsonStringEnumMemberName("register:read")] RegisterRead,

    /// <summary>Read the live templates and their history.</summary>
    [JsonStringEnumMemberName("templates:read")] TemplatesRead,

    /// <summary>Scrape the service's metrics at <c>/metrics</c> (a Prometheus server): counts and durations, nothing of any act or person.</summary>
    [JsonStringEnumMemberName("metrics:read")] MetricsRead,
}
