using System.Text.Json;
using Supervision.Acts;

namespace Supervision.Reading;

/// <summary>
/// Reads an act model from JSON text. Everything that is not the contract — malformed JSON, an unknown
/// kind, a wrong enum value, a property the model does not have — is refused with one clear message
/// naming where; missing fields are not refused here but reported by the validator with the rest.
/// </summary>
public static class ActReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = ActJson.Options.MaxDepth,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads an act from its JSON text.</summary>
    public static ActReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("the act must be a JSON object: { \"kind\": ..., \"language\": ..., ... }", null);
            }

            var (kind, kindError) = ReadName<ActKind>(root, "kind");
            if (kindError is not null)
            {
                return ActReadResult.Failure(kindError);
            }

            if (ReadName<ActLanguage>(root, "language").Error is { } languageError)
            {
                return ActReadResult.Failure(languageError);
            }

            var act = (Act)JsonSerializer.Deserialize(json, ActTypes.Of(kind), ActJson.Options)!;
            return ActReadResult.Success(act);
        }
        catch (JsonException exception)
        {
            return ActReadResult.Failure(JsonErrorTranslator.Translate(exception, json));
        }
        catch (InvalidOperationException exception) when (exception.Message.Contains("surrogate", StringComparison.Ordinal))
        {
            // System.Text.Json reads "\uD800" without a pair as a string only when asked for it, and then throws.
            return Fail(JsonErrorTranslator.HalfCharacter, null);
        }
    }

    private static (T Value, ActReadError? Error) ReadName<T>(JsonElement root, string property)
        where T : struct, Enum
    {
        var accepted = string.Join(", ", EnumNames.All<T>());
        if (!root.TryGetProperty(property, out var element))
        {
            return (default, new ActReadError($"\"{property}\" is missing; it must be one of: {accepted}", property, null, null));
        }

        if (element.ValueKind == JsonValueKind.String && EnumNames.TryParse<T>(element.GetString()!, out var value))
        {
            return (value, null);
        }

        var given = element.ValueKind == JsonValueKind.String ? $"'{element.GetString()}'" : element.GetRawText();
        return (default, new ActReadError($"{given} is not one of: {accepted}", property, null, null));
    }

    private static ActReadResult Fail(string message, string? path) =>
        ActReadResult.Failure(new ActReadError(message, path, null, null));
}
