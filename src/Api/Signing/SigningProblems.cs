using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Signing;

/// <summary>
/// The problems of signing with the signatory's own key: a CMS refused is a 422 whose type ends in its code
/// (<c>urn:supervision:problem:certificate-revoked</c>, ...; see <see cref="SignatureRejection"/>), so a
/// program can tell every reason apart, with one line saying what is wrong and what to do.
/// </summary>
public static class SigningProblems
{
    /// <summary>422: the CMS was refused, with its code as the type (and, as every problem, as <c>code</c>).</summary>
    public static ProblemDetails Rejected(SignatureRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, ProblemTypes.Prefix + rejection.Code, "The signature is refused", rejection.Message);
    }

    /// <summary>The type of <see cref="PreparationNotFound"/>.</summary>
    public const string PreparationNotFoundType = ProblemTypes.Prefix + "preparation-not-found";

    /// <summary>404: no preparation of the act has the id given (never made, another act's, or expired).</summary>
    public static ProblemDetails PreparationNotFound(string message) =>
        ApiProblems.Create(StatusCodes.Status404NotFound, PreparationNotFoundType, "No such prepared signature", message);
}
