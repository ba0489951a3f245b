using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Supervision.Api.Problems;
using Supervision.Rendering.Pdf.Fonts;
using Supervision.Templating;

namespace Supervision.Api.Register;

/// <summary>
/// Turns the register's failures into problems on the controllers it marks: a machine that cannot make
/// PDFs a 503 naming why, stored template versions that no longer load a 500, and the database's own
/// failures as <see cref="RegisterFailureAnswer"/> answers them (a refused value 422, a database out of
/// reach 503). Each is logged with its type and reason, never the act.
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
                _ => null,
            };
            if (problem is not null)
            {
                LogFailure(logger, exception.GetType().FullName, problem.Status);
            }
            else if (RegisterFailureAnswer.For(exception, context.HttpContext.Response, logger) is { } failure)
            {
                problem = failure;
            }
            else
            {
                return;
            }

            context.Result = new ProblemResult(problem);
            context.ExceptionHandled = true;
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "Register failure {ExceptionType} answered with {Status}")]
        private static partial void LogFailure(ILogger logger, string? exceptionType, int? status);
    }
}
