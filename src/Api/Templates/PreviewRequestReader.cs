using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Examples;
using Supervision.Reading;

namespace Supervision.Api.Templates;

/// <summary>
/// Reads a preview request strictly: an object with <c>kind</c>, <c>language</c>, <c>template</c> and
/// optionally <c>file</c> and <c>model</c>, nothing else. The model goes through the act reader like any
/// act; its errors keep their path under <c>model</c>.
/// </summary>
public static class PreviewRequestReader
{
    private static readonly string[] Properties = ["kind", "language", "template", "file", "model"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = ActJson.Options.MaxDepth + 1,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads the request, or the problem with it (400).</summary>
    public static (PreviewRequest? Request, ProblemDetails? Problem) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException exception)
        {
            var (line, column) = JsonPosition.Of(exception, json);
            return Fail<PreviewRequest>($"not valid JSON: {JsonPosition.Describe(exception)}", null, line, column);
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString refuses escapes that are not UTF-16 (a lone surrogate).
            return Fail<PreviewRequest>("a text holds an escape that is not a character (a lone surrogate)", null);
        }
    }

    private static (PreviewRequest?, ProblemDetails?) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail<PreviewRequest>("the preview request must be a JSON object: { \"kind\", \"language\", \"template\", \"model\" }", null);
        }

        foreach (var property in root.EnumerateObject().Where(property => !Properties.Contains(property.Name)))
        {
            return Fail<PreviewRequest>($"unknown property '{property.Name}'", property.Name);
        }

        var (kind, kindProblem) = Name<ActKind>(root, "kind");
        var (language, languageProblem) = Name<ActLanguage>(root, "language");
        if ((kindProblem ?? languageProblem) is { } nameProblem)
        {
            return (null, nameProblem);
        }

        if (!root.TryGetProperty("template", out var template) || template.ValueKind != JsonValueKind.String)
        {
            return Fail<PreviewRequest>("\"template\" must be the edited template's text", "template");
        }

        string? file = null;
        if (root.TryGetProperty("file", out var fileElement) && fileElement.ValueKind != JsonValueKind.Null)
        {
            if (fileElement.ValueKind != JsonValueKind.String)
            {
                return Fail<PreviewRequest>("\"file\" must be a template path such as \"templates-kk/_signature.sbn\"", "file");
            }

            file = fileElement.GetString();
        }

        var (act, actProblem) = Model(root, kind, language);
        return actProblem is null ? (new PreviewRequest(template.GetString()!, file, act!), null) : (null, actProblem);
    }

    private static (Act?, ProblemDetails?) Model(JsonElement root, ActKind kind, ActLanguage language)
    {
        if (!root.TryGetProperty("model", out var model) || model.ValueKind == JsonValueKind.Null)
        {
            return (ActReader.Read(ActExamples.Json(kind, language)).Act, null);
        }

        if (model.ValueKind != JsonValueKind.Object)
        {
            return Fail<Act>("\"model\" must be an act: { \"kind\": ..., \"language\": ..., ... }", "model");
        }

        var read = ActReader.Read(model.GetRawText());
        if (!read.Succeeded)
        {
            var error = read.Error;
            var path = string.IsNullOrEmpty(error.Path) ? "model" : $"model.{error.Path}";
            return (null, ApiProblems.Unreadable(error with { Path = path, Line = null, Column = null }));
        }

        if (read.Act.Kind != kind || read.Act.Language != language)
        {
            return Fail<Act>(
                $"the model is a '{EnumNames.Of(read.Act.Kind)}' in '{EnumNames.Of(read.Act.Language)}', but the preview is of a '{EnumNames.Of(kind)}' in '{EnumNames.Of(language)}'",
                read.Act.Kind != kind ? "model.kind" : "model.language");
        }

        return (read.Act, null);
    }

    private static (T Value, ProblemDetails? Problem) Name<T>(JsonElement root, string property) where T : struct, Enum
    {
        var accepted = string.Join(", ", EnumNames.All<T>());
        if (root.TryGetProperty(property, out var element) && element.ValueKind == JsonValueKind.String
            && EnumNames.TryParse<T>(element.GetString()!, out var value))
        {
            return (value, null);
        }

        var given = element.ValueKind switch
        {
            JsonValueKind.Undefined => "missing",
            JsonValueKind.String => $"'{element.GetString()}'",
            _ => element.GetRawText(),
        };
        return (default, Fail<PreviewRequest>($"\"{property}\" is {given}; it must be one of: {accepted}", property).Problem);
    }

    private static (T? Value, ProblemDetails? Problem) Fail<T>(string message, string? path, int? line = null, int? column = null) where T : class =>
        (null, ApiProblems.Unreadable(new ActReadError(message, path, line, column), ProblemTypes.PreviewUnreadable));

}
