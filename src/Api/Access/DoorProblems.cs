using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;

namespace Supervision.Api.Access;

/// <summary>The problems the doors answer with: nobody signed in (401), a principal without the right (403), a session call without its CSRF token (400).</summary>
public static class DoorProblems
{
    /// <summary>401: no session and no key, or a key not accepted.</summary>
    public static ProblemDetails Unauthenticated(bool keyGiven) => Problem(
        StatusCodes.Status401Unauthorized,
        ProblemTypes.SignInRequired,
        "Sign-in or a client key is required",
        keyGiven ? "the X-Api-Key header does not hold a key this service accepts (unknown or revoked)" : "sign in at /signin, or send a client's key in X-Api-Key");

    /// <summary>403: the principal is known but lacks the capability.</summary>
    public static ProblemDetails Forbidden(string capability, bool mustChangePassword) => Problem(
        StatusCodes.Status403Forbidden,
        ProblemTypes.Forbidden,
        "Not allowed",
        mustChangePassword ? "change your password first (/signin/password)" : $"this needs the capability {capability}, which the signed-in person or the client does not hold");

    /// <summary>400: a state-changing call made with the session cookie lacks a valid <c>X-CSRF-Token</c>.</summary>
    public static ProblemDetails CsrfTokenMissing() => Problem(
        StatusCodes.Status400BadRequest,
        ProblemTypes.CsrfToken,
        "The CSRF token is missing or wrong",
        "a call that changes anything with a session must carry the csrfToken of GET /api/session in the X-CSRF-Token header");

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };
}
