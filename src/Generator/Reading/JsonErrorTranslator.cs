using System.Text.Json;
using System.Text.RegularExpressions;

namespace Supervision.Reading;

/// <summary>
/// Turns System.Text.Json's exceptions into messages for people who write acts, not .NET developers:
/// no type names, the path in the act's own terms, and the line and column in characters.
/// </summary>
internal static partial class JsonErrorTranslator
{
    /// <summary>The message for a \u escape that gives half of a character.</summary>
    public const string HalfCharacter = "a \\u escape gives half of a character (an unpaired surrogate \\uD800-\\uDFFF); write the character itself";

    public static ActReadError Translate(JsonException exception, string json)
    {
        var path = ToActPath(exception.Path);
        var (line, column) = JsonPosition.Of(exception, json);
        var message = exception.InnerException is InvalidOperationException inner && inner.Message.Contains("surrogate", StringComparison.Ordinal)
            ? HalfCharacter
            : Explain(exception.Message, path);
        return new ActReadError(message, path, line, column);
    }

    private static string Explain(string message, string? path)
    {
        var bare = StripLocation(message);
        if (UnmappedProperty().Match(bare) is { Success: true } unmapped)
        {
            return $"unknown property '{unmapped.Groups["name"].Value}'";
        }

        if (ConversionTarget().Match(bare) is { Success: true } conversion)
        {
            return $"expected {Describe(conversion.Groups["type"].Value)}";
        }

        if (DuplicateProperty().Match(bare) is { Success: true } duplicate)
        {
            return $"property '{duplicate.Groups["name"].Value}' is given twice";
        }

        if (bare.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return "the JSON is nested too deeply";
        }

        return path is null ? $"not valid JSON: {bare}" : bare;
    }

    private static string Describe(string dotnetType) => dotnetType switch
    {
        _ when dotnetType.Contains("DateOnly", StringComparison.Ordinal) => "a date written as YYYY-MM-DD",
        _ when dotnetType.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when dotnetType.Contains("Int32", StringComparison.Ordinal) => "a whole number",
        _ when dotnetType.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when dotnetType.Contains("String", StringComparison.Ordinal) && dotnetType.Contains("List", StringComparison.Ordinal) => "a list of texts",
        _ when dotnetType.Contains("String", StringComparison.Ordinal) => "a text in quotes",
        _ when dotnetType.Contains("List", StringComparison.Ordinal) => "a list [ ... ]",
        _ => "an object { ... }",
    };

    private static string StripLocation(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.', '|').Trim();
    }

    /// <summary>"$.violations[0]" → "violations[0]"; "$['odd key']" → "odd key"; "$" → null.</summary>
    private static string? ToActPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return null;
        }

        var path = BracketName().Replace(jsonPath, ".$1");
        return path.TrimStart('$').TrimStart('.');
    }

    [GeneratedRegex("^The JSON property '(?<name>.*)' could not be mapped", RegexOptions.Singleline)]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("^The JSON value could not be converted to (?<type>\\S+)")]
    private static partial Regex ConversionTarget();

    [GeneratedRegex("^Duplicate property '(?<name>.*)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex("\\['(.*?)'\\]")]
    private static partial Regex BracketName();
}
