using System.Text;
using System.Text.Json;

namespace Supervision.Reading;

/// <summary>Where in a JSON text a reader stopped, in the lines and characters a person counts.</summary>
public static class JsonPosition
{
    /// <summary>The 1-based line and column of a JSON exception in the text it was reading, where known.</summary>
    public static (int? Line, int? Column) Of(JsonException exception, string json)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(json);
        if (exception.LineNumber is not { } lineIndex || exception.BytePositionInLine is not { } bytes)
        {
            return (null, null);
        }

        var lines = json.Split('\n');
        if (lineIndex >= lines.Length)
        {
            return ((int)lineIndex + 1, null);
        }

        // The reader counts bytes of UTF-8; a Kazakh letter is two bytes, a person counts one.
        var lineBytes = Encoding.UTF8.GetBytes(lines[lineIndex]);
        var prefix = (int)Math.Min(bytes, lineBytes.Length);
        return ((int)lineIndex + 1, Encoding.UTF8.GetCharCount(lineBytes, 0, prefix) + 1);
    }

    /// <summary>A JSON exception's message without the reader's own position suffix (" LineNumber: 3 | BytePositionInLine: 7."), which <see cref="Of"/> gives in a person's terms.</summary>
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.');
    }
}
