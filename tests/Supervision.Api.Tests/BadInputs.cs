using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Supervision.Acts;

namespace Supervision.Api.Tests;

/// <summary>
/// Kinds of bad input a client can send, each with the status the service must answer. Each request
/// is made fresh from a shipped example, so no case depends on another.
/// </summary>
internal static class BadInputs
{
    private const string Render = "/api/acts/render?format=text";
    private const string Validate = "/api/acts/validate";
    private const string Preview = "/api/templates/preview?format=markup";

    public static IReadOnlyDictionary<string, BadInput> All { get; } = Build().ToDictionary(input => input.Name, StringComparer.Ordinal);

    private static IEnumerable<BadInput> Build()
    {
        // Not JSON, or JSON that is not an act.
        yield return Text("an empty body", Validate, "", 400);
        yield return Text("only whitespace", Validate, " \n\t ", 400);
        yield return Text("truncated JSON (half an act)", Render, ActText()[..(ActText().Length / 2)], 400);
        yield return Text("truncated JSON (the last brace missing)", Render, ActText().TrimEnd()[..^1], 400);
        yield return Text("a lone opening brace", Validate, "{", 400);
        yield return Text("null", Validate, "null", 400);
        yield return Text("an empty array", Validate, "[]", 400);
        yield return Text("the act inside an array", Render, $"[{ActText()}]", 400);
        yield return Text("a JSON string", Validate, "\"order\"", 400);
        yield return Text("a JSON number", Validate, "42", 400);
        yield return Text("a JSON boolean", Validate, "true", 400);
        yield return Text("a trailing comma", Validate, ActText().TrimEnd()[..^1].TrimEnd() + ",}", 400);
        yield return Text("a comment", Validate, "/* act */" + ActText(), 400);
        yield return Text("single quotes", Validate, "{'kind': 'order', 'language': 'kk'}", 400);
        yield return Text("NaN as a value", Validate, "{\"kind\":\"order\",\"language\":\"kk\",\"number\":NaN}", 400);
        yield return Text("two acts one after the other", Validate, ActText() + ActText(), 400);
        yield return Text("a lone surrogate escape in a value", Render, ActText().Replace("\"2-20-25/2947\"", "\"\\uD800\"", StringComparison.Ordinal), 400);
        yield return Text("a lone surrogate escape as the kind", Validate, "{\"kind\":\"\\uDC00\",\"language\":\"kk\"}", 400);

        // Kind and language.
        yield return Edit("the kind missing", Render, act => act.Remove("kind"), 400);
        yield return Edit("an unknown kind", Render, act => act["kind"] = "ordre", 400);
        yield return Edit("the kind in capitals", Render, act => act["kind"] = "Order", 400);
        yield return Edit("the kind as a number", Render, act => act["kind"] = 1, 400);
        yield return Edit("the kind null", Render, act => act["kind"] = null, 400);
        yield return Edit("the language missing", Render, act => act.Remove("language"), 400);
        yield return Edit("an unknown language", Render, act => act["language"] = "en", 400);

        // Wrong enum values, unknown and repeated properties.
        yield return Edit("a wrong enum value", Render, act => act["office"]!["level"] = "county", 400);
        yield return Edit("an enum value as its number", Render, act => act["signatory"]!["position"] = 0, 400);
        yield return Edit("template syntax as an enum value", Render, act => act["office"]!["level"] = "{{ district }}", 400);
        yield return Edit("an unknown property", Render, act => act["prosecutorNote"] = "x", 400);
        yield return Edit("an unknown nested property", Validate, act => act["office"]!["address"] = "x", 400);
        yield return Edit("an unknown property with a 100 000-character name", Validate, act => act[new string('p', 100_000)] = 1, 400);
        yield return Text("a property given twice", Validate, ActText().Replace("\"number\":", "\"number\": \"1\", \"number\":", StringComparison.Ordinal), 400);

        // Wrong types.
        yield return Edit("the number as a JSON number", Render, act => act["number"] = 2947, 400);
        yield return Edit("the office as a string", Render, act => act["office"] = "Екібастұз қаласының прокуратурасы", 400);
        yield return Edit("the office as an array", Render, act => act["office"] = new JsonArray("a", "b"), 400);
        yield return Edit("a list as a string", Render, act => act["violations"] = "бір бұзушылық", 400);
        yield return Edit("a list of numbers", Render, act => act["violations"] = new JsonArray(1, 2), 400);
        yield return Edit("a list of objects", Render, act => act["demands"] = new JsonArray(new JsonObject { ["text"] = "x" }), 400);
        yield return Edit("an object where a text is due", Validate, act => act["place"] = new JsonObject(), 400);
        yield return Edit("a count as a string", Render, act => act["attachments"] = new JsonArray(new JsonObject { ["title"] = "көшірме", ["pages"] = "3" }), 400);
        yield return Edit("a count with a fraction", Render, act => act["attachments"] = new JsonArray(new JsonObject { ["title"] = "көшірме", ["pages"] = 1.5 }), 400);
        yield return Text("a number too large for any type", Render, ActText().Replace("\"2-20-25/2947\"", "1e400", StringComparison.Ordinal), 400);

        // Dates.
        yield return Edit("an impossible date", Render, act => act["date"] = "2025-13-45", 400);
        yield return Edit("a date written the local way", Render, act => act["date"] = "23.09.2025", 400);
        yield return Edit("a date as a number", Render, act => act["date"] = 20250923, 400);
        yield return Edit("a date in words", Render, act => act["deadline"] = "келесі аптада", 400);
        yield return Edit("the 29th of February of a common year", Validate, act => act["date"] = "2025-02-29", 400);

        // Nulls and blanks where the act needs a value: read, then refused by the rules.
        yield return Edit("a mandatory text null", Render, act => act["number"] = null, 422);
        yield return Edit("a mandatory object null", Render, act => act["office"] = null, 422);
        yield return Edit("a mandatory text blank", Validate, act => act["place"] = "   ", 422);
        yield return Edit("a mandatory list empty", Validate, act => act["demands"] = new JsonArray(), 422);
        yield return Edit("a null inside a list", Validate, act => act["violations"] = new JsonArray(null, "x"), 422);

        // Sizes and nesting.
        yield return Edit("a huge string over the body limit", Render, act => act["findings"] = new string('ж', 1_100_000), 413);
        yield return Edit("a huge string within the body limit", Render, act => act["findings"] = new string('ж', 400_000), 422);
        yield return Edit("a list too long to print", Validate, act => act["violations"] = new JsonArray([.. Enumerable.Range(0, 5_000).Select(i => (JsonNode)$"бұзушылық {i}")]), 422);
        yield return Text("arrays nested 10 000 deep", Render, "{\"kind\":\"order\",\"language\":\"kk\",\"office\":" + new string('[', 10_000) + new string(']', 10_000) + "}", 400);
        yield return Text("objects nested 200 deep under an unknown property", Validate,
            "{\"kind\":\"order\",\"language\":\"kk\",\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200) + "}", 400);
        yield return Text("nesting deeper than the body limit allows", Validate, new string('[', 1_200_000), 413);

        // Values that are markup, template syntax or control characters where the rules refuse them.
        yield return Edit("template syntax in a telephone number", Render, act => act["executor"]!["phone"] = "{{ act.number }}", 422);
        yield return Edit("an HTML script in a telephone number", Render, act => act["executor"]!["phone"] = "<script>alert(1)</script>", 422);
        yield return Edit("a line break in a one-line requisite", Render, act => act["place"] = "Екібастұз\nқ.", 422);
        yield return Edit("a NUL character in prose", Render, act => act["findings"] = "мәтін\u0000мәтін", 422);

        // Bytes and media types.
        yield return Bytes("bytes that are not UTF-8", Validate, [0x7B, 0xC3, 0x28, 0x7D], "application/json", 400);
        yield return Bytes("UTF-16 with its byte order mark", Validate, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ActText())], "application/json", 400);
        yield return Bytes("two UTF-8 byte order marks", Validate, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ActText())], "application/json", 400);
        yield return Bytes("Latin-1 declared as UTF-8", Validate, Encoding.Latin1.GetBytes("{\"kind\":\"order\",\"language\":\"kk\",\"place\":\"Qaragandy é\"}"), "application/json; charset=utf-8", 400);
        yield return Bytes("no content type", Validate, Encoding.UTF8.GetBytes(ActText()), null, 415);
        yield return Bytes("text/plain", Render, Encoding.UTF8.GetBytes(ActText()), "text/plain", 415);
        yield return Bytes("application/xml", Render, Encoding.UTF8.GetBytes("<act kind=\"order\"/>"), "application/xml", 415);
        yield return Bytes("JSON declared as UTF-16", Render, Encoding.UTF8.GetBytes(ActText()), "application/json; charset=utf-16", 415);
        yield return Bytes("a form post", Render, Encoding.UTF8.GetBytes("kind=order&language=kk"), "application/x-www-form-urlencoded", 415);
        yield return Bytes("multipart form data", Validate, Encoding.UTF8.GetBytes(ActText()), "multipart/form-data; boundary=x", 415);

        // Query values, routes and methods.
        yield return Edit("no format", "/api/acts/render", _ => { }, 400);
        yield return Edit("an unknown format", "/api/acts/render?format=rtf", _ => { }, 400);
        yield return Edit("a format given twice", "/api/acts/render?format=text&format=markup", _ => { }, 400);
        yield return Edit("an unknown query parameter", "/api/acts/render?format=text&fromat=pdf", _ => { }, 400);
        yield return Edit("an unknown variant", "/api/acts/render?format=text&variant=short", _ => { }, 400);
        yield return Edit("the court copy of an order", "/api/acts/render?format=text&variant=court-copy", _ => { }, 422);
        yield return Edit("a query parameter on validate", "/api/acts/validate?strict=false", _ => { }, 400);
        yield return Get("an unknown kind's schema", "/api/acts/ordre/schema", 404);
        yield return Get("an unknown kind's example", "/api/acts/..%2F..%2Fetc/example?language=kk", 404);
        yield return Get("an example without a language", "/api/acts/order/example", 400);
        yield return Get("an example in an unknown language", "/api/acts/order/example?language=de", 400);
        yield return Get("an unknown route", "/api/acts/order/render", 404);
        yield return Get("GET on the render endpoint", "/api/acts/render?format=text", 405);
        yield return new BadInput("PUT on the validate endpoint", () => new HttpRequestMessage(HttpMethod.Put, Validate) { Content = Requests.Json(ActText()) }, 405);

        // Preview requests.
        yield return Preview_("a preview without a template", new JsonObject { ["kind"] = "instruction", ["language"] = "kk" }, 400);
        yield return Preview_("a preview of an unknown kind", new JsonObject { ["kind"] = "memo", ["language"] = "kk", ["template"] = "x" }, 400);
        yield return Preview_("a preview with an unknown property", new JsonObject { ["kind"] = "instruction", ["language"] = "kk", ["template"] = "x", ["templates"] = "y" }, 400);
        yield return Preview_("a preview whose template does not parse", new JsonObject { ["kind"] = "instruction", ["language"] = "kk", ["template"] = "+++\nkind = \"instruction\"\nlanguage = \"kk\"\n+++\n{{ for }}" }, 422);
        yield return Preview_("a preview whose template has no front matter", new JsonObject { ["kind"] = "instruction", ["language"] = "kk", ["template"] = "# НҰСҚАУ" }, 422);
        yield return Text("a preview whose model's kind is a lone surrogate", Preview, "{\"kind\":\"instruction\",\"language\":\"kk\",\"template\":\"x\",\"model\":{\"kind\":\"\\uD800\"}}", 400);
        yield return Text("a preview whose kind is a lone surrogate", Preview, "{\"kind\":\"\\uD800\",\"language\":\"kk\",\"template\":\"x\"}", 400);
        yield return Preview_("a preview whose model is a list", new JsonObject { ["kind"] = "instruction", ["language"] = "kk", ["template"] = "x", ["model"] = new JsonArray() }, 400);
    }

    private static string ActText() => Requests.Example(ActKind.Order, ActLanguage.Kk).ToJsonString();

    private static BadInput Text(string name, string url, string body, int status) =>
        new(name, () => new HttpRequestMessage(HttpMethod.Post, url) { Content = Requests.Json(body) }, status);

    private static BadInput Edit(string name, string url, Action<JsonObject> edit, int status) =>
        new(name, () =>
        {
            var act = Requests.Example(ActKind.Order, ActLanguage.Kk);
            edit(act);
            return new HttpRequestMessage(HttpMethod.Post, url) { Content = Requests.Json(act) };
        }, status);

    private static BadInput Bytes(string name, string url, byte[] body, string? contentType, int status) =>
        new(name, () =>
        {
            var content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }

            return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        }, status);

    private static BadInput Get(string name, string url, int status) =>
        new(name, () => new HttpRequestMessage(HttpMethod.Get, url), status);

    private static BadInput Preview_(string name, JsonObject body, int status) =>
        new(name, () => new HttpRequestMessage(HttpMethod.Post, Preview) { Content = Requests.Json(body) }, status);
}

/// <summary>One kind of bad input: how to make the request, and the status it must get.</summary>
internal sealed record BadInput(string Name, Func<HttpRequestMessage> Request, int Status);
