using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Supervision.Reading;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Api.Problems;

/// <summary>Every problem the service answers with, built in one place so that titles and types stay consistent.</summary>
public static class ApiProblems
{
    /// <summary>400: the body is not an act (malformed JSON, wrong enum value, unknown property, wrong type).</summary>
    public static ActReadProblemDetails Unreadable(ActReadError error, string type = ProblemTypes.ActUnreadable)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new()
        {
            Type = type,
            Status = StatusCodes.Status400BadRequest,
            Title = type == ProblemTypes.PreviewUnreadable ? "The preview request could not be read" : "The act could not be read",
            Detail = error.ToString(),
            Errors = [error],
        };
    }

    /// <summary>422: every validation error of the act, with messages in the act's language, and its
    /// warnings where the caller reports them (null leaves them out).</summary>
    public static ActValidationProblemDetails Invalid(IReadOnlyList<ValidationError> errors, IReadOnlyList<ValidationError>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new()
        {
            Type = ProblemTypes.ActInvalid,
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The act is not valid",
            Detail = errors.Count == 1 ? "1 error; see errors." : $"{errors.Count} errors; see errors.",
            Errors = errors,
            Warnings = warnings,
        };
    }

    /// <summary>422: template problems (a preview's edited template), each with file, line and column.</summary>
    public static TemplateProblemDetails Template(IReadOnlyList<TemplateProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return new()
        {
            Type = ProblemTypes.TemplateInvalid,
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The template cannot render the act",
            Detail = string.Join("\n", problems),
            Errors = problems,
        };
    }

    /// <summary>422: a valid act that its template could not word.</summary>
    public static ProblemDetails NotRenderable(string message) =>
        Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.ActNotRenderable, "The act cannot be rendered", message);

    /// <summary>422: a variant the act does not have.</summary>
    public static ProblemDetails VariantNotApplicable(string message) =>
        Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.VariantNotApplicable, "The variant does not apply to this act", message);

    /// <summary>400: a query parameter's value is missing or not one of those accepted.</summary>
    public static ProblemDetails BadQueryValue(string name, string? given, IEnumerable<string> accepted)
    {
        var detail = given is null
            ? $"the query parameter '{name}' is required; it must be one of: {string.Join(", ", accepted)}"
            : $"'{given}' is not a value of '{name}'; it must be one of: {string.Join(", ", accepted)}";
        return Create(StatusCodes.Status400BadRequest, ProblemTypes.BadQuery, "A query parameter is wrong", detail);
    }

    /// <summary>400: query parameters the endpoint does not take, or given twice.</summary>
    public static ProblemDetails BadQueryNames(IReadOnlyList<string> unknown, IReadOnlyList<string> repeated, IReadOnlyList<string> accepted)
    {
        var parts = new List<string>(2);
        if (unknown.Count > 0)
        {
            parts.Add($"unknown query parameter(s): {string.Join(", ", unknown)}; this endpoint takes {(accepted.Count == 0 ? "none" : string.Join(", ", accepted))}");
        }

        if (repeated.Count > 0)
        {
            parts.Add($"given more than once: {string.Join(", ", repeated)}");
        }

        return Create(StatusCodes.Status400BadRequest, ProblemTypes.BadQuery, "A query parameter is wrong", string.Join("; ", parts));
    }

    /// <summary>
    /// A format the contract names but that is not rendered here: 400 where this build does not render it yet,
    /// 503 (<paramref name="machine"/>) where this machine cannot (PDF without its fonts; the reason names the package).
    /// </summary>
    public static ProblemDetails FormatUnavailable(string format, IEnumerable<string> available, string? reason = null, bool machine = false) =>
        Create(machine ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest, ProblemTypes.FormatUnavailable, "The format is not available",
            $"'{format}' is not rendered here ({reason ?? "this build has no renderer for it yet"}); available: {string.Join(", ", available)}");

    /// <summary>404: no act of that kind.</summary>
    public static ProblemDetails UnknownKind(string kind, IEnumerable<string> kinds) =>
        Create(StatusCodes.Status404NotFound, ProblemTypes.UnknownKind, "No such kind of act",
            $"'{kind}' is not a kind of act; kinds: {string.Join(", ", kinds)}");

    /// <summary>413: a body over the limit.</summary>
    public static ProblemDetails BodyTooLarge(long maxBytes) =>
        Create(StatusCodes.Status413PayloadTooLarge, ProblemTypes.BodyTooLarge, "The body is too large",
            string.Create(CultureInfo.InvariantCulture, $"the body may be at most {maxBytes} bytes"));

    /// <summary>400: a body whose HTTP framing is broken (Kestrel could not read it).</summary>
    public static ProblemDetails BodyMalformed() =>
        Create(StatusCodes.Status400BadRequest, ProblemTypes.BodyMalformed, "The request body is malformed",
            "the body could not be read as HTTP frames it: a chunk size that is not hexadecimal or too large, a chunk cut short, or fewer bytes than Content-Length says");

    /// <summary>414: a query string over the limit.</summary>
    public static ProblemDetails QueryTooLong(int maxCharacters) =>
        Create(StatusCodes.Status414UriTooLong, ProblemTypes.QueryTooLong, "The query string is too long",
            string.Create(CultureInfo.InvariantCulture, $"the query string may be at most {maxCharacters} characters; no endpoint takes more"));

    /// <summary>A 4xx the server answered as HTTP before the call was read (Kestrel's own refusals), with a title saying what.</summary>
    public static ProblemDetails RequestRejected(int status) =>
        Create(status, ProblemTypes.RequestRejected, status switch
        {
            StatusCodes.Status408RequestTimeout => "The request came too slowly",
            StatusCodes.Status411LengthRequired => "The request needs a Content-Length",
            StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request's headers are too large",
            _ => "The request is not valid HTTP",
        }, "the server could not read the request as HTTP; send it again well-formed");

    /// <summary>415: a body not sent as UTF-8 JSON.</summary>
    public static ProblemDetails UnsupportedMediaType(string? given) =>
        Create(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "The body must be JSON",
            $"send the body as application/json in UTF-8; the request's Content-Type is {(string.IsNullOrEmpty(given) ? "missing" : $"'{given}'")}");

    /// <summary>400: bytes that are not UTF-8.</summary>
    public static ProblemDetails BodyNotUtf8() =>
        Create(StatusCodes.Status400BadRequest, ProblemTypes.BodyNotUtf8, "The body is not UTF-8", "the body's bytes are not valid UTF-8 text");

    /// <summary>429: every preview worker is busy.</summary>
    public static ProblemDetails PreviewBusy() =>
        Create(StatusCodes.Status429TooManyRequests, ProblemTypes.PreviewBusy, "Too many previews at once", "every preview worker is busy; try again in a moment");

    /// <summary>429: as many reads over many acts as may wait are already waiting.</summary>
    public static ProblemDetails RegisterBusy() =>
        Create(StatusCodes.Status429TooManyRequests, ProblemTypes.RegisterBusy, "Too many register reads at once", "as many lists, control lists and indicators as may wait are already waiting; try again in a moment");

    /// <summary>A problem that is just its HTTP status: an unknown route (404), a wrong method (405), a failure (500).</summary>
    public static ProblemDetails Status(int status, string? detail = null) => new()
    {
        Status = status,
        Title = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
        Detail = detail,
    };

    /// <summary>A problem of a type with its status, title and detail; the endpoints' own problem sets build on it.</summary>
    internal static ProblemDetails Create(int status, string type, string title, string detail) => new()
    {
        Type = type,
        Status = status,
        Title = title,
        Detail = detail,
    };
}
