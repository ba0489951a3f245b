using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Supervision.Api.Problems;
using Supervision.Register;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Templating;

namespace Supervision.Api.Register;

/// <summary>
/// Turns the register's failures into problems on the controllers it marks: a database that cannot be
/// opened or does not answer is a 503, a machine that cannot make PDFs a 503 naming why, stored template
/// versions that no longer load a 500. Each is logged with its type (and the register's one-line reason,
/// which names no act's content), never the act.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed partial class RegisterErrorsAttribute() : TypeFilterAttribute(typeof(Filter))
{
    private sealed partial class Filter(ILogger<RegisterErrorsAttribute> logger) : IExceptionFilter
    {
        public void OnException(ExceptionContext context)
        {
            var exception = context.Exception;
            var problem = exception switch
            {
                FontsUnavailableException fonts => RegisterProblems.DocumentsUnavailable(fonts.Message),
                TemplateException => RegisterProblems.Damaged(),
                RegisterException or DbException or TimeoutException => RegisterProblems.Unavailable(),
                _ => null,
            };
            if (problem is null)
            {
                return;
            }

            LogFailure(logger, exception.GetType().FullName, exception is RegisterException ? exception.Message : null, problem.Status);
            if (problem.Type == RegisterProblemTypes.RegisterUnavailable)
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)RegisterHost.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            context.Result = new ProblemResult(problem);
            context.ExceptionHandled = true;
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "Register failure {ExceptionType} ({Reason}) answered with {Status}")]
        private static partial void LogFailure(ILogger logger, string? exceptionType, string? reason, int? status);
    }
}
