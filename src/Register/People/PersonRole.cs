using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>What a person may do in the service (issue 12). Signatory and approver need the authority
/// the act policy gives the person's position at the office's level.</summary>
public enum PersonRole
{
    /// <summary>Drafts acts.</summary>
    [JsonStringEnumMemberName("drafter")] Drafter,

    /// <summary>Signs acts, where the policy lets the position sign at the office's level.</summary>
    [JsonStringEnumMemberName("signatory")] Signatory,

    /// <summary>Approves acts (УТВЕРЖДАЮ / БЕКІТЕМІН), where the policy lets the position approve at the office's level.</summary>
    [JsonStringEnumMemberName("approver")] Approver,

    /// <summary>Edits and publishes templates.</summary>
    [JsonStringEnumMemberName("editor")] Editor,

    /// <summary>Keeps the execution control of issued acts.</summary>
    [JsonStringEnumMemberName("controller")] Controller,

    /// <summary>Reads the register and verifies the audit trail.</summary>
    [JsonStringEnumMemberName("auditor")] Auditor,

    /// <summary>Registers offices and people and grants roles.</summary>
    [JsonStringEnumMemberName("admin")] Admin,
}
