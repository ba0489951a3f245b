using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Register;
using Supervision.Templating;

namespace Supervision.Api.Register;

/// <summary>The problems the register's endpoints answer with, besides the shared ones of <see cref="ApiProblems"/>.</summary>
public static class RegisterProblems
{
    /// <summary>400: a request body that is not what the endpoint takes, with where.</summary>
    public static ActReadProblemDetails Unreadable(string message, string? path, int? line = null, int? column = null)
    {
        var error = new ActReadError(message, path, line, column);
        return new()
        {
            Type = RegisterProblemTypes.RequestUnreadable,
            Status = StatusCodes.Status400BadRequest,
            Title = "The request could not be read",
            Detail = error.ToString(),
            Errors = [error],
        };
    }

    /// <summary>400: a query parameter (or its header twin) that is missing or malformed.</summary>
    public static ProblemDetails BadQuery(string name, string? given, string expected) =>
        ApiProblems.Create(
            StatusCodes.Status400BadRequest,
            ProblemTypes.BadQuery,
            "A query parameter is wrong",
            given is null ? $"the query parameter '{name}' is required: {expected}" : $"'{Shorten(given)}' is not a value of '{name}': {expected}");

    /// <summary>422: the register will not issue the act as asked.</summary>
    public static ProblemDetails NotIssuable(string message) =>
        ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, RegisterProblemTypes.ActNotIssuable, "The act cannot be issued", message);

    /// <summary>
    /// A decision the register refused, by its code: forbidden 403, not-found 404, conflict 409,
    /// invalid-input 422; the refusal's line is the detail and its code the <c>code</c>.
    /// </summary>
    public static ProblemDetails Refused(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var (status, type, title) = refusal.Code switch
        {
            Refusal.Forbidden => (StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Not allowed"),
            Refusal.NotFound => (StatusCodes.Status404NotFound, RegisterProblemTypes.NotFound, "Not found"),
            Refusal.Conflict => (StatusCodes.Status409Conflict, RegisterProblemTypes.Conflict, "Not in a state that allows this"),
            _ => (StatusCodes.Status422UnprocessableEntity, RegisterProblemTypes.InvalidInput, "The request is refused"),
        };
        return ApiProblems.Create(status, type, title, refusal.Message);
    }

    /// <summary>404: no issued act with the id.</summary>
    public static ProblemDetails ActNotFound(string id) =>
        ApiProblems.Create(StatusCodes.Status404NotFound, RegisterProblemTypes.IssuedActNotFound, "No such issued act", $"no act in the register has the id '{Shorten(id)}'");

    /// <summary>409 or 422: a status change refused, by the act's status or by the change itself.</summary>
    public static ProblemDetails StatusRefused(string message, bool conflict) => conflict
        ? ApiProblems.Create(StatusCodes.Status409Conflict, RegisterProblemTypes.StatusConflict, "The act's status does not allow the change", message)
        : ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, RegisterProblemTypes.StatusChangeRefused, "The status change is refused", message);

    /// <summary>409: the document served differs from the one issued: the kept bytes were changed, or the re-created ones differ.</summary>
    public static ProblemDetails DocumentMismatch(RenderedAct rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var (act, document) = (rendered.Act, rendered.Document);
        var problem = rendered.IsKept
            ? ApiProblems.Create(
                StatusCodes.Status409Conflict,
                RegisterProblemTypes.DocumentMismatch,
                "The stored document differs from the one issued",
                $"the {document.Format.Extension()} of act {act.RegistrationNumber} kept in the register does not have the SHA-256 stored at issue: "
                + "its bytes were changed behind the application's back; run audit verify. Ask again with allowMismatch=true to get the stored bytes all the same.")
            : ApiProblems.Create(
                StatusCodes.Status409Conflict,
                RegisterProblemTypes.DocumentMismatch,
                "The re-created document differs from the one issued",
                $"the {document.Format.Extension()} of act {act.RegistrationNumber} re-created with its template versions does not have the SHA-256 stored at issue: "
                + "the stored data or this program's renderer changed since; run audit verify. Ask again with allowMismatch=true to get the re-created bytes all the same.");
        problem.Extensions["issuedSha256"] = act.Sha256.GetValueOrDefault(document.Format);
        problem.Extensions["renderedSha256"] = document.Sha256;
        return problem;
    }

    /// <summary>404: no template file, or no such version of it.</summary>
    public static ProblemDetails TemplateNotFound(string path, int? version) =>
        ApiProblems.Create(
            StatusCodes.Status404NotFound,
            RegisterProblemTypes.TemplateNotFound,
            "No such template",
            version is { } number
                ? string.Create(CultureInfo.InvariantCulture, $"the register has no version {number} of '{Shorten(path)}'")
                : $"the register has no template file '{Shorten(path)}'; paths look like templates-kk/order.sbn");

    /// <summary>422: an edit that did not pass the linter, every problem with file, line and column.</summary>
    public static TemplateProblemDetails NotPublished(IReadOnlyList<TemplateProblem> problems)
    {
        var problem = ApiProblems.Template(problems);
        problem.Title = "The template was not published";
        return problem;
    }

    /// <summary>409: the audit chain does not hold.</summary>
    public static ProblemDetails AuditBroken(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problem = ApiProblems.Create(StatusCodes.Status409Conflict, RegisterProblemTypes.AuditBroken, "The audit trail does not hold", report.Broken?.ToString() ?? "the chain is broken");
        problem.Extensions["entries"] = report.Entries;
        problem.Extensions["headHash"] = report.HeadHash;
        problem.Extensions["broken"] = report.Broken is { } broken ? new AuditBreakView(broken.Seq, broken.Subject, broken.Reason) : null;
        return problem;
    }

    /// <summary>503: the database cannot be used now.</summary>
    public static ProblemDetails Unavailable() =>
        ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, RegisterProblemTypes.RegisterUnavailable, "The register is not available",
            "the register of issued acts and template versions cannot be reached now; try again later, or quote the traceId to the service's operators");

    /// <summary>503: the documents of an act cannot be made on this machine (PDF without its fonts).</summary>
    public static ProblemDetails DocumentsUnavailable(string reason) =>
        ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, ProblemTypes.FormatUnavailable, "The act's documents cannot be made here",
            $"the register stores the DOCX, PDF and HTML of every act it issues, and this machine cannot make them: {reason}");

    /// <summary>500: stored data this program cannot use (by default: the act's stored template versions).</summary>
    public static ProblemDetails Damaged(string? detail = null) =>
        ApiProblems.Create(StatusCodes.Status500InternalServerError, RegisterProblemTypes.RegisterDamaged, "The register holds data this program cannot use",
            detail ?? "the stored template versions of this act no longer load; run audit verify and quote the traceId to the service's operators");

    /// <summary>422: a value the register cannot hold (a constraint, a NUL character, a term beyond the
    /// calendar's last day), naming the field where it is known (<c>field</c>); sending it again fails again.</summary>
    public static ProblemDetails ValueRefused(string? field, string? detail)
    {
        var what = detail ?? "a rule of the register refuses a value";
        var problem = ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, RegisterProblemTypes.ValueRefused, "The register refused a value",
            field is null ? what : $"{what} ({field})");
        problem.Extensions["field"] = field;
        return problem;
    }

    // Values are echoed back; keep the message small whatever was sent.
    private static string Shorten(string value) => value.Length > 80 ? value[..80] + "…" : value;
}
