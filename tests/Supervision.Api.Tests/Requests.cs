using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Examples;

namespace Supervision.Api.Tests;

/// <summary>Acts and request bodies for tests: the shipped examples as JSON a test can change.</summary>
internal static class Requests
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A fresh copy of a shipped example, to change.</summary>
    public static JsonObject Example(string name, ActLanguage language) => JsonNode.Parse(ActExamples.Json(name, language))!.AsObject();

    /// <summary>A fresh copy of a kind's example.</summary>
    public static JsonObject Example(ActKind kind, ActLanguage language) => Example(ActExamples.Name(kind), language);

    /// <summary>A JSON body.</summary>
    public static StringContent Json(JsonNode node) => Json(node.ToJsonString(Compact));

    /// <summary>A JSON body from text, as sent.</summary>
    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>A body of exact bytes with a content type (or none).</summary>
    public static ByteArrayContent Bytes(byte[] bytes, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    /// <summary>Every example name with every language.</summary>
    public static TheoryData<string, ActLanguage> AllExamples()
    {
        var data = new TheoryData<string, ActLanguage>();
        foreach (var name in ActExamples.Names)
        {
            foreach (var language in Enum.GetValues<ActLanguage>())
            {
                data.Add(name, language);
            }
        }

        return data;
    }

    /// <summary>Every kind with every language.</summary>
    public static TheoryData<ActKind, ActLanguage> AllKinds()
    {
        var data = new TheoryData<ActKind, ActLanguage>();
        foreach (var kind in Enum.GetValues<ActKind>())
        {
            foreach (var language in Enum.GetValues<ActLanguage>())
            {
                data.Add(kind, language);
            }
        }

        return data;
    }
}
