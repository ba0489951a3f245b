using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Supervision.Api.Register;

/// <summary>The path of a list's next page: the request's own path and query, one offset moved on.</summary>
internal static class PageLinks
{
    /// <summary>The next page's path, or null when this page reaches the end of the list.</summary>
    /// <param name="request">The request that asked for this page.</param>
    /// <param name="offsetName">The query parameter that holds this list's offset ("offset", "overdueOffset").</param>
    /// <param name="offset">This page's offset.</param>
    /// <param name="limit">The most a page holds.</param>
    /// <param name="total">How many the list holds in all.</param>
    public static string? Next(HttpRequest request, string offsetName, int offset, int limit, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        if ((long)offset + limit >= total)
        {
            return null;
        }

        var query = new QueryBuilder(request.Query.Where(pair => !pair.Key.Equals(offsetName, StringComparison.OrdinalIgnoreCase)))
        {
            { offsetName, (offset + limit).ToString(CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
