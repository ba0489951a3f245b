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

    /// <summary>Propose a template version, or approve another editor's proposal: a person with the role editor.</summary>
    public const string TemplatesEdit = "templates:edit";

    /// <summary>Verify the audit trail: a person with the role auditor.</summary>
    public const string Audit = "audit";

    /// <summary>Manage offices, people and clients: a person with the role admin.</summary>
    public const string Admin = "admin";

    /// <summary>Create, change and submit drafts: a person with the role drafter, or a client with the scope acts:draft.</summary>
    public const string ActsDraft = "acts:draft";

    /// <summary>Read drafts and the office's people to submit to: a person, or a client with the scope acts:draft (the register decides which drafts).</summary>
    public const string DraftsRead = "drafts:read";

    /// <summary>Sign or return a submitted draft: a person (the register decides, per draft, whether he is its signatory).</summary>
    public const string ActsSign = "acts:sign";

    /// <summary>Approve a signed act: a person (the register decides, per act, whether he may approve it).</summary>
    public const string ActsApprove = "acts:approve";

    /// <summary>Change an act's status: a person (the register decides, per act: controller, signatory or drafter of it).</summary>
    public const string ActsStatus = "acts:status";

    /// <summary>Enter and change tracked enforcement proceedings (p. 17): a person with the role controller or admin (the register decides per office).</summary>
    public const string ProceedingsWrite = "proceedings:write";

    /// <summary>Scrape <c>/metrics</c>: an operator (a person with the role admin), a client with the scope metrics:read,
    /// or anyone while the service listens on loopback only and anonymous render is allowed there, or where
    /// <c>Access:AnonymousMetrics</c> opens it on purpose (a Prometheus server on a private network).</summary>
    public const string Metrics = "metrics";

    /// <summary>The signed-in person's own session, even before a forced password change.</summary>
    public const string Session = "session";

    /// <summary>Every capability, in the order the access matrix lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [ActsRender, RegisterRead, TemplatesRead, TemplatesEdit, Audit, Admin, ActsDraft, DraftsRead, ActsSign, ActsApprove, ActsStatus, ProceedingsWrite, Metrics, Session];
}
