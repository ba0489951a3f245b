using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Supervision.Api.Verification;

/// <summary>
/// Leaves the request's form to the action: the model binders do not read it first, so a form beyond the size
/// limits reaches the action, which answers it with its own page (a 413) rather than a 400 problem or a 500.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class FormReadByActionAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
