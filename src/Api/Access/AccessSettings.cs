namespace Supervision.Api.Access;

/// <summary>The <c>Access</c> section of the configuration.</summary>
public sealed class AccessSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Access";

    /// <summary>
    /// Whether render, validate, examples, schemas, forms, amounts and the act form are open without
    /// sign-in while the service listens on loopback only (true by default: the README's one command
    /// works on a fresh machine). Never open while it listens on any other address.
    /// </summary>
    public bool AnonymousRenderOnLoopback { get; set; } = true;

    /// <summary>Whether anyone may scrape <c>/metrics</c> whatever address the service listens on (false by
    /// default: then only on loopback, as render, or with an admin's session or a metrics:read client key).
    /// Set it only where the address is reached by the monitoring network alone.</summary>
    public bool AnonymousMetrics { get; set; }
}
