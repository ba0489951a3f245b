using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>
/// Refuses query parameters an action does not take, and any given twice (400): a misspelt
/// <c>?fromat=pdf</c> is an error, as an unknown property in an act is, never silently ignored.
/// </summary>
internal sealed class UnknownQueryFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        var query = context.HttpContext.Request.Query;
        if (query.Count == 0)
        {
            return;
        }

        var accepted = context.ActionDescriptor.Parameters
            .Where(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Query)
            .Select(parameter => parameter.BindingInfo?.BinderModelName ?? parameter.Name)
            .ToList();
        var unknown = query.Keys.Where(key => !accepted.Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();
        var repeated = query.Where(pair => pair.Value.Count > 1).Select(pair => pair.Key).ToList();
        if (unknown.Count > 0 || repeated.Count > 0)
        {
            context.Result = new ProblemResult(ApiProblems.BadQueryNames(Shorten(unknown), Shorten(repeated), accepted));
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    // Names are echoed back to the client; keep the message small whatever was sent.
    private static List<string> Shorten(List<string> names) =>
        [.. names.Take(5).Select(name => name.Length > 40 ? name[..40] + "…" : name)];
}
