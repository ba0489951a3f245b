namespace Supervision.Api.Access;

/// <summary>
/// The authorization policies of the service, one per capability; every endpoint names one
/// (<c>[Authorize(Policy = Capability.RegisterRead)]</c>) and <see cref="CapabilityHandler"/> decides it.
/// The table of who holds which is <c>docs/access-matrix.md</c>.
/// </summary>
public static class Capability
{
    /// <summary>Render, validate, examples, schemas, forms, amounts, template preview: a person, a client with the scope, or anyone on loopback where allowed.</summary>
    public const string ActsRender = "acts:render";

    /// <summary>Read the register (issued acts, documents, control lists, indicators): a person, or a client with the scope.</summary>
    public const string RegisterRead = "register:read";

    /// <summary>Read the live templates and their versions: a person, or a client with the scope.</summary>
    public const string TemplatesRead = "templates:read";

    /// <summary>Publish a template version: a person with the role editor.</summary>
    public const string TemplatesEdit = "templates:edit";

    /// <summary>Verify the audit trail: a person with the role auditor.</summary>
    public const string Audit = "audit";

    /// <summary>Manage offices, people and clients: a person with the role admin.</summary>
    public const string Admin = "admin";

    /// <summary>Issue an act: a person (the register decides, per act, whether this person may).</summary>
    public const string ActsIssue = "acts:issue";

    /// <summary>Change an act's status: a person (the register decides, per act: controller, signatory or drafter of it).</summary>
    public const string ActsStatus = "acts:status";

    /// <summary>The signed-in person's own session, even before a forced password change.</summary>
    public const string Session = "session";

    /// <summary>Every capability, in the order the access matrix lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [ActsRender, RegisterRead, TemplatesRead, TemplatesEdit, Audit, Admin, ActsIssue, ActsStatus, Session];
}
