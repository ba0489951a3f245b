using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Register;

/// <summary>
/// The one place a register failure becomes an HTTP answer, for the register's controllers
/// (<see cref="RegisterErrorsAttribute"/>) and for everything else that reaches the database (sign-in,
/// the access handlers) through the last-resort handler: a value the register refuses is a 422 naming
/// the field where the database names it; a database out of reach a 503 with Retry-After; damaged data
/// or the program's own SQL error a 500. The log line names the kind, the exception type and the
/// reason (SQLSTATE or SQLite code, constraint), never a value or a connection string.
/// </summary>
internal static partial class RegisterFailureAnswer
{
    /// <summary>The problem for the exception, logged, with Retry-After set on a 503; null when the
    /// exception is none of the register's.</summary>
    public static ProblemDetails? For(Exception exception, HttpResponse response, ILogger logger)
    {
        if (StoreFailure.Of(exception) is not { } failure)
        {
            return null;
        }

        RegisterMetrics.RecordFailure(failure.Kind);
        var problem = failure.Kind switch
        {
            RegisterFailureKind.Refused => RegisterProblems.ValueRefused(failure.Field, failure.Detail),
            RegisterFailureKind.Unavailable => RegisterProblems.Unavailable(),
            RegisterFailureKind.Damaged => RegisterProblems.Damaged("the register holds data this program cannot use; run audit verify and quote the traceId to the service's operators"),
            _ => ApiProblems.Status(StatusCodes.Status500InternalServerError, "the register failed unexpectedly; quote the traceId to the service's operators"),
        };
        var level = failure.Kind == RegisterFailureKind.Refused ? LogLevel.Warning : LogLevel.Error;
        var type = exception.GetType().FullName;
        Log(logger, level, failure.Kind, type, failure.Reason, problem.Status);
        if (failure.Kind == RegisterFailureKind.Unavailable)
        {
            response.Headers.RetryAfter = ((int)RegisterHost.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return problem;
    }

    [LoggerMessage(Message = "Register failure {Kind} {ExceptionType}: {Reason}; answered with {Status}")]
    private static partial void Log(ILogger logger, LogLevel level, RegisterFailureKind kind, string? exceptionType, string reason, int? status);
}
