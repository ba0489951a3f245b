using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;

namespace Supervision.Api.Setup;

/// <summary>
/// The keys system clients present in <c>X-Api-Key</c>, from the configuration list <c>ApiKeys</c>
/// (environment <c>ApiKeys__0</c>, <c>ApiKeys__1</c>, ...). With none configured no key is needed.
/// Keys are kept only as SHA-256 digests and compared in constant time.
/// </summary>
public sealed class ApiKeys
{
    /// <summary>The header a client sends its key in.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The configuration list the keys come from.</summary>
    public const string Section = "ApiKeys";

    private readonly byte[][] _digests;

    /// <summary>Keys given as text; blank entries are ignored.</summary>
    public ApiKeys(IEnumerable<string?> keys) =>
        _digests = [.. keys.Where(key => !string.IsNullOrWhiteSpace(key)).Select(key => Digest(key!))];

    /// <summary>Whether any key is configured, and so every <c>/api</c> request needs one.</summary>
    public bool Required => _digests.Length > 0;

    /// <summary>The keys in the configuration: the list <c>ApiKeys</c>, or a single value under that name.</summary>
    public static ApiKeys From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        return new ApiKeys(section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(child => child.Value));
    }

    /// <summary>Whether a presented key is one of the configured keys. Every key is compared, in constant time.</summary>
    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var digest = Digest(presented);
        var accepted = false;
        foreach (var known in _digests)
        {
            accepted |= CryptographicOperations.FixedTimeEquals(digest, known);
        }

        return accepted;
    }

    /// <summary>
    /// Checks the request's <c>X-Api-Key</c>: null when it may go on (no key configured, or one accepted
    /// key given once); otherwise the 401 problem to answer, with <c>WWW-Authenticate</c> set on the response.
    /// </summary>
    public ProblemDetails? Check(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Required)
        {
            return null;
        }

        var presented = context.Request.Headers[Header];
        if (presented.Count == 1 && Accepts(presented[0]))
        {
            return null;
        }

        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{Header}\"";
        return ApiProblems.MissingKey(presented.Count > 0);
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
