using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Supervision.Api.Tests.Access;

/// <summary>
/// Notes the endpoint routing chose for every request, whether or not its door let the call through, so
/// that the access matrix can show it walked every endpoint the service maps.
/// </summary>
internal sealed class EndpointRecorder : IStartupFilter
{
    private readonly ConcurrentDictionary<string, byte> _reached = new(StringComparer.Ordinal);

    /// <summary>The endpoints reached, by <see cref="Key"/>.</summary>
    public IReadOnlyCollection<string> Reached => [.. _reached.Keys];

    /// <summary>An endpoint's methods and route pattern ("GET /api/drafts/{id:long}"), or its name when it has no pattern.</summary>
    public static string Key(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } listed ? string.Join(',', listed) : "*";
        return endpoint is RouteEndpoint route ? $"{methods} /{route.RoutePattern.RawText?.TrimStart('/')}" : $"{methods} {endpoint.DisplayName}";
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // First in the pipeline: after the rest has run, the endpoint routing chose is still on the context.
        app.Use(async (context, rest) =>
        {
            await rest(context);
            if (context.GetEndpoint() is { } endpoint)
            {
                _reached.TryAdd(Key(endpoint), 0);
            }
        });
        next(app);
    };
}
