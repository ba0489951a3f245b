using System.Net;
using System.Text.Json;

namespace Supervision.Api.Tests;

/// <summary>Checks that an answer is a problem (RFC 9457) with the expected status, and nothing a client should not see.</summary>
internal static class Problems
{
    public static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string? type = null)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNoInternals(text);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        if (type is not null)
        {
            Assert.Equal(type, problem.GetProperty("type").GetString());
        }

        return problem;
    }

    /// <summary>No stack trace, no .NET type or exception name.</summary>
    public static void AssertNoInternals(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Supervision.", text, StringComparison.Ordinal);
    }

    public static IReadOnlyList<JsonElement> Errors(JsonElement problem) => [.. problem.GetProperty("errors").EnumerateArray()];
}
