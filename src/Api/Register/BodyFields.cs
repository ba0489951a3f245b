using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Supervision.Api.Register;

/// <summary>Typed reads of an object's properties; the first failure is kept as the problem.</summary>
internal sealed class BodyFields(JsonElement root)
{
    public ProblemDetails? Problem { get; private set; }

    public void Fail(string message, string path) => Problem ??= RegisterProblems.Unreadable(message, path);

    public string? RequiredText(string name, string what, bool allowBlank = false)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            Fail($"\"{name}\" is required: {what}", name);
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Fail($"\"{name}\" must be a text in quotes: {what}", name);
            return null;
        }

        var text = element.GetString()!;
        if (!allowBlank && string.IsNullOrWhiteSpace(text))
        {
            Fail($"\"{name}\" is blank: {what}", name);
            return null;
        }

        return text;
    }

    public string? OptionalText(string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Fail($"\"{name}\" must be a text in quotes, or null", name);
            return null;
        }

        return element.GetString();
    }

    public DateOnly? Date(string name)
    {
        var text = RequiredText(name, "a date written as YYYY-MM-DD");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail($"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not a date written as YYYY-MM-DD", name);
        return null;
    }

    public int? Count(string name, string what)
    {
        if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number) && number > 0)
        {
            return number;
        }

        Fail($"\"{name}\" must be a whole number from 1: {what}", name);
        return null;
    }

    public decimal? OptionalNumber(string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number))
        {
            return number;
        }

        Fail($"\"{name}\" must be a number (a sum in tenge), or null", name);
        return null;
    }

    /// <summary>A yes/no property: true or false; <paramref name="fallback"/> where absent or null.</summary>
    public bool? OptionalFlag(string name, bool? fallback = null)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Fail($"\"{name}\" must be true or false", name);
        return fallback;
    }

    /// <summary>A date written as YYYY-MM-DD, or null where absent.</summary>
    public DateOnly? OptionalDate(string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null ? Date(name) : null;

    /// <summary>A required list of texts (each in quotes; a blank one is the register's to refuse, naming its place).</summary>
    public IReadOnlyList<string>? Texts(string name, string what)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            Fail($"\"{name}\" is required: {what}", name);
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Fail($"\"{name}\" must be a list of texts: {what}", name);
            return null;
        }

        var texts = new List<string>();
        foreach (var (item, index) in element.EnumerateArray().Select((item, index) => (item, index)))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Fail($"\"{name}\"[{index}] must be a text in quotes: {what}", string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]"));
                return null;
            }

            texts.Add(item.GetString()!);
        }

        return texts;
    }

    /// <summary>A list of ids (whole numbers from 1); empty where absent or null.</summary>
    public IReadOnlyList<long> Ids(string name, string what)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var ids = new List<long>();
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var (item, index) in element.EnumerateArray().Select((item, index) => (item, index)))
            {
                if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt64(out var id) || id < 1)
                {
                    Fail($"\"{name}\"[{index}] must be a whole number from 1: {what}", string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]"));
                    return [];
                }

                ids.Add(id);
            }

            return ids;
        }

        Fail($"\"{name}\" must be a list of ids: {what}", name);
        return [];
    }
}
