using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Acts;

/// <summary>
/// A kind of act in a language (and, for a conclusion, an instance) as a route and query name them:
/// <c>/api/acts/{kind}/example?language=kk&amp;instance=appeal</c>, <c>/api/templates/{kind}?language=ru</c>.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Language">The language.</param>
/// <param name="Instance">A conclusion's instance where one was asked for; else null.</param>
public sealed record ActChoice(ActKind Kind, ActLanguage Language, ConclusionInstance? Instance)
{
    /// <summary>Reads the three values, or says which is wrong: an unknown kind is a 404, a missing or wrong language or instance a 400.</summary>
    public static ProblemDetails? Parse(string kind, string? language, string? instance, out ActChoice? choice)
    {
        choice = null;
        if (!EnumNames.TryParse<ActKind>(kind, out var actKind))
        {
            return ApiProblems.UnknownKind(kind, EnumNames.All<ActKind>());
        }

        if (language is null || !EnumNames.TryParse<ActLanguage>(language, out var actLanguage))
        {
            return ApiProblems.BadQueryValue("language", language, EnumNames.All<ActLanguage>());
        }

        ConclusionInstance? conclusionInstance = null;
        if (instance is not null)
        {
            if (actKind != ActKind.Conclusion || !EnumNames.TryParse<ConclusionInstance>(instance, out var parsed))
            {
                return ApiProblems.BadQueryValue("instance", instance,
                    actKind == ActKind.Conclusion ? EnumNames.All<ConclusionInstance>() : ["(none: only conclusions have instances)"]);
            }

            conclusionInstance = parsed;
        }

        choice = new ActChoice(actKind, actLanguage, conclusionInstance);
        return null;
    }
}
