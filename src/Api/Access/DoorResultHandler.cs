using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Supervision.Api.Problems;

namespace Supervision.Api.Access;

/// <summary>
/// How a refused request is answered: <c>/api</c> calls with a 401 or 403 problem; pages by sending
/// the browser to the sign-in page (or, for a person who must change the password, to its form), and
/// with a 403 problem where the person is signed in but lacks the right. Nothing runs that the door refused.
/// </summary>
internal sealed class DoorResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded)
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        var page = !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(context.Request.Method);
        var mustChange = PrincipalClaims.MustChangePassword(context.User);
        if (authorizeResult.Challenged || PrincipalClaims.Read(context.User) is null)
        {
            if (page)
            {
                context.Response.Redirect(SignInPaths.SignInFor(context.Request));
                return Task.CompletedTask;
            }

            context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ClientKeyHandler.Header}\"";
            return ProblemWriter.WriteAsync(context, DoorProblems.Unauthenticated(context.Request.Headers.ContainsKey(ClientKeyHandler.Header)));
        }

        if (page && mustChange)
        {
            context.Response.Redirect(SignInPaths.ChangePassword);
            return Task.CompletedTask;
        }

        // An endpoint may name two capabilities (its controller's and its own): name one the caller lacks, not merely the first.
        var capability = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<CapabilityRequirement>().FirstOrDefault()?.Name
            ?? policy?.Requirements.OfType<CapabilityRequirement>().FirstOrDefault()?.Name
            ?? "a principal";
        return ProblemWriter.WriteAsync(context, DoorProblems.Forbidden(capability, mustChange));
    }
}
