using Supervision.Api.Access;
using Supervision.Register;

namespace Supervision.Api.Tests.Access;

/// <summary>docs/access-matrix.md as rows the test walks, in the document's order. Ids (1) and kinds (order)
/// in the paths are the fixture's: the door decides before any of them is looked up.</summary>
internal static class AccessMatrixRows
{
    /// <summary>Any role (the register may still decide per act).</summary>
    private static PersonRole[]? Any => null;

    /// <summary>Every row; <c>POST /signout</c> last, since it ends the sessions it is allowed for.</summary>
    public static IReadOnlyList<AccessMatrixRow> All { get; } =
    [
        Row("POST", "/api/acts/validate", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("POST", "/api/acts/render?format=html", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("POST", "/api/acts/batch?format=pdf", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("GET", "/api/acts", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("GET", "/api/acts/order/schema", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("GET", "/api/acts/order/example?language=kk", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("GET", "/api/acts/order/form?language=kk", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("GET", "/api/amount?value=10&language=kk", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("POST", "/api/templates/preview", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("GET", "/api/templates/order?language=kk", Capability.TemplatesRead, Anonymous.Denied, Any, ClientScope.TemplatesRead),
        Row("GET", "/api/templates/versions", Capability.TemplatesRead, Anonymous.Denied, Any, ClientScope.TemplatesRead),
        Row("GET", "/api/templates/versions/text?path=templates-kk/order.sbn", Capability.TemplatesRead, Anonymous.Denied, Any, ClientScope.TemplatesRead),
        Row("GET", "/api/templates/proposals", Capability.TemplatesRead, Anonymous.Denied, Any, ClientScope.TemplatesRead),
        Row("POST", "/api/templates/proposals", Capability.TemplatesEdit, Anonymous.Denied, [PersonRole.Editor]),
        Row("POST", "/api/templates/proposals/approve", Capability.TemplatesEdit, Anonymous.Denied, [PersonRole.Editor]),
        Row("POST", "/api/drafts", Capability.ActsDraft, Anonymous.Denied, [PersonRole.Drafter], ClientScope.ActsDraft),
        Row("POST", "/api/drafts/prefilled/quarterly-analysis?year=2025&quarter=3", Capability.ActsDraft, Anonymous.Denied, [PersonRole.Drafter], ClientScope.ActsDraft),
        Row("PUT", "/api/drafts/1", Capability.ActsDraft, Anonymous.Denied, [PersonRole.Drafter], ClientScope.ActsDraft),
        Row("POST", "/api/drafts/1/submit", Capability.ActsDraft, Anonymous.Denied, [PersonRole.Drafter], ClientScope.ActsDraft),
        Row("GET", "/api/drafts/1", Capability.DraftsRead, Anonymous.Denied, Any, ClientScope.ActsDraft),
        Row("GET", "/api/drafts?box=mine", Capability.DraftsRead, Anonymous.Denied, Any, ClientScope.ActsDraft),
        Row("GET", "/api/people?role=signatory", Capability.DraftsRead, Anonymous.Denied, Any, ClientScope.ActsDraft),
        Row("POST", "/api/drafts/1/return", Capability.ActsSign, Anonymous.Denied, Any),
        Row("POST", "/api/drafts/1/sign", Capability.ActsSign, Anonymous.Denied, Any),
        Row("POST", "/api/drafts/1/approve", Capability.ActsApprove, Anonymous.Denied, Any),
        Row("GET", "/api/acts/issued", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/api/acts/issued/1", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/api/acts/issued/1/document?format=html", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("POST", "/api/acts/issued/1/status", Capability.ActsStatus, Anonymous.Denied, Any) with { ControllerCapability = Capability.RegisterRead },
        Row("POST", "/api/acts/issued/1/signature/prepare", Capability.ActsSign, Anonymous.Denied, Any),
        Row("POST", "/api/acts/issued/1/signature", Capability.ActsSign, Anonymous.Denied, Any),
        Row("GET", "/api/acts/issued/1/follow-ups", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("POST", "/api/acts/issued/1/follow-ups/withdrawal-notice", Capability.ActsDraft, Anonymous.Denied, [PersonRole.Drafter]) with { ControllerCapability = Capability.RegisterRead },
        Row("GET", "/api/register/control", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/api/register/indicators", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/api/register/reports-owed", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/api/proceedings", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("POST", "/api/proceedings", Capability.ProceedingsWrite, Anonymous.Denied, [PersonRole.Controller, PersonRole.Admin]),
        Row("PUT", "/api/proceedings/1", Capability.ProceedingsWrite, Anonymous.Denied, [PersonRole.Controller, PersonRole.Admin]),
        Row("GET", "/api/register/checks", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("POST", "/api/register/checks", Capability.ProceedingsWrite, Anonymous.Denied, [PersonRole.Controller, PersonRole.Admin]),
        Row("GET", "/api/indicators/p17", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/api/indicators/p17/report?language=ru&format=html", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/api/audit/verify", Capability.Audit, Anonymous.Denied, [PersonRole.Auditor]),
        Row("GET", "/api/session", Capability.Session, Anonymous.Denied, Any),
        Row("GET", "/api/signing/ncalayer", Capability.Session, Anonymous.Denied, Any),
        Row("GET", "/", Capability.ActsRender, Anonymous.Loopback, Any, ClientScope.ActsRender),
        Row("GET", "/templates", Capability.TemplatesRead, Anonymous.Denied, Any, ClientScope.TemplatesRead),
        Row("GET", "/inbox", Capability.Session, Anonymous.Denied, Any),
        Row("GET", "/register/control", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        Row("GET", "/register/proceedings", Capability.RegisterRead, Anonymous.Denied, Any, ClientScope.RegisterRead),
        AccessMatrixRow.Everyone("GET", "/signin"),
        AccessMatrixRow.Everyone("POST", "/signin"),
        AccessMatrixRow.Everyone("GET", "/signin/oidc"),
        AccessMatrixRow.Everyone("GET", "/signin/oidc/callback"),
        AccessMatrixRow.Everyone("GET", "/signin/oidc/done"),
        Row("GET", "/signin/password", Capability.Session, Anonymous.Denied, Any),
        Row("POST", "/signin/password", Capability.Session, Anonymous.Denied, Any),
        AccessMatrixRow.Everyone("GET", "/verify/0000-0000-0000-0000-0000"),
        AccessMatrixRow.Everyone("POST", "/verify/0000-0000-0000-0000-0000"),
        Row("GET", "/metrics", Capability.Metrics, Anonymous.Loopback, [PersonRole.Admin], ClientScope.MetricsRead),
        AccessMatrixRow.Everyone("GET", "/health"),
        AccessMatrixRow.Everyone("GET", "/health/live"),
        AccessMatrixRow.Everyone("GET", "/health/ready"),
        AccessMatrixRow.Everyone("GET", "/openapi/v1.json"),
        AccessMatrixRow.Everyone("GET", "/js/common.js"),
        AccessMatrixRow.Everyone("GET", "/css/site.css"),
        AccessMatrixRow.Everyone("GET", "/i18n/kk.json"),
        AccessMatrixRow.Everyone("GET", "/css/act.css"),
        AccessMatrixRow.Everyone("GET", "/favicon.svg"),
        Row("POST", "/signout", Capability.Session, Anonymous.Denied, Any),
    ];

    private static AccessMatrixRow Row(string method, string path, string capability, Anonymous anonymous, PersonRole[]? roles, params ClientScope[] scopes) =>
        new(method, path, capability, anonymous, roles, scopes);
}
