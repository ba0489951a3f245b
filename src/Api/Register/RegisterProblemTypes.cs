namespace Supervision.Api.Register;

/// <summary>The <c>type</c> of each problem the register's endpoints add to those of <see cref="Problems.ProblemTypes"/>.</summary>
public static class RegisterProblemTypes
{
    private const string Prefix = "urn:supervision:problem:";

    /// <summary>400: a request body other than an act (a status change, a publication) could not be read; <c>errors</c> says where.</summary>
    public const string RequestUnreadable = Prefix + "request-unreadable";

    /// <summary>422: a valid act the register will not issue as asked: an office without its index, an index of another office, a template that could not word it.</summary>
    public const string ActNotIssuable = Prefix + "act-not-issuable";

    /// <summary>404: no issued act has that id.</summary>
    public const string IssuedActNotFound = Prefix + "issued-act-not-found";

    /// <summary>409: the act's status does not allow the change (executed and withdrawn are final; answered cannot be answered again).</summary>
    public const string StatusConflict = Prefix + "status-conflict";

    /// <summary>422: the status change itself is wrong: no answer number, a date before the act or in the future, a wrong sum.</summary>
    public const string StatusChangeRefused = Prefix + "status-change-refused";

    /// <summary>409: the document re-created from the register does not have the SHA-256 stored when the act was issued.</summary>
    public const string DocumentMismatch = Prefix + "document-mismatch";

    /// <summary>404: no template file (or version) at that path.</summary>
    public const string TemplateNotFound = Prefix + "template-not-found";

    /// <summary>409: the audit chain, or a stored row checked against it, does not hold; <c>broken</c> names the first break.</summary>
    public const string AuditBroken = Prefix + "audit-broken";

    /// <summary>404: a register refusal: no such draft or template version, or none the principal may see.</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>409: a register refusal: the draft or version is not in a state that allows the decision.</summary>
    public const string Conflict = Prefix + "conflict";

    /// <summary>422: a register refusal: what the caller gave is wrong on its own (a signatory who is not one, an office the act does not print, empty remarks).</summary>
    public const string InvalidInput = Prefix + "invalid-input";

    /// <summary>422: the register cannot store a value it was given (a unique clash, a check or foreign-key
    /// constraint, a NUL character, a term ending after 9999-12-31); <c>field</c> names the field or column where known.</summary>
    public const string ValueRefused = Prefix + "value-refused";

    /// <summary>503: the register's database cannot be opened or reached now (connection refused, timeout, disk I/O); the reason is in the service's log and in <c>/health</c>.</summary>
    public const string RegisterUnavailable = Prefix + "register-unavailable";

    /// <summary>500: the register holds data this program cannot use (stored template versions that no longer load); run audit verify.</summary>
    public const string RegisterDamaged = Prefix + "register-damaged";
}
