using System.Text;
using System.Text.Json;
using Supervision.Reading;

namespace Supervision.Batch;

/// <summary>
/// A batch's body cut into its items, before any act is read. A JSON array is cut along its elements: an
/// element that is well-formed JSON but not an act (an unknown property, a wrong value) is that item's
/// error, but an array that is not well-formed JSON cannot be cut (where the broken element ends, and the
/// next begins, is unknown), so the whole body is refused (<see cref="Error"/>). NDJSON is cut along its
/// lines: every line is its own item, so a broken line (bad JSON, bad UTF-8) is that item's error and the
/// others still render. Blank lines are skipped.
/// </summary>
public sealed class BatchBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlyMemory<byte> _body;
    private readonly List<(int Start, int Length, string? Source)> _items;

    private BatchBody(ReadOnlyMemory<byte> body, List<(int, int, string?)> items, ActReadError? error) =>
        (_body, _items, Error) = (body, items, error);

    /// <summary>Why the body could not be cut into items, or null when it was.</summary>
    public ActReadError? Error { get; }

    /// <summary>How many items the body holds.</summary>
    public int Count => _items.Count;

    /// <summary>Cuts a JSON array (<c>[ {act}, {act}, ... ]</c>) along its elements.</summary>
    public static BatchBody FromJsonArray(ReadOnlyMemory<byte> body)
    {
        var items = new List<(int, int, string?)>();
        var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return Failed(body, "a batch is a JSON array of acts, or NDJSON (one act a line, Content-Type application/x-ndjson)", reader);
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                items.Add((start, (int)reader.BytesConsumed - start, null));
            }

            if (reader.Read())
            {
                return Failed(body, "nothing may follow the batch's array", reader);
            }
        }
        catch (JsonException exception)
        {
            var message = exception.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            return new BatchBody(body, items, new ActReadError(
                $"the batch is not well-formed JSON, so its items cannot be told apart: {message}",
                null, (int?)(exception.LineNumber + 1), (int?)(exception.BytePositionInLine + 1)));
        }

        return new BatchBody(body, items, null);
    }

    /// <summary>Cuts NDJSON (one act a line) along its lines.</summary>
    public static BatchBody FromNdjson(ReadOnlyMemory<byte> body)
    {
        var items = new List<(int, int, string?)>();
        var span = body.Span;
        var start = 0;
        var line = 0;
        while (start < span.Length)
        {
            line++;
            var end = span[start..].IndexOf((byte)'\n');
            var length = end < 0 ? span.Length - start : end;
            var content = span.Slice(start, length);
            var trimmed = length > 0 && content[^1] == (byte)'\r' ? length - 1 : length;
            if (!span.Slice(start, trimmed).Trim(" \t"u8).IsEmpty)
            {
                items.Add((start, trimmed, $"line {line}"));
            }

            start += length + 1;
        }

        return new BatchBody(body, items, null);
    }

    /// <summary>The items, their text decoded as each is asked for.</summary>
    public IEnumerable<BatchItem> Items()
    {
        for (var index = 0; index < _items.Count; index++)
        {
            var (start, length, source) = _items[index];
            var bytes = _body.Span.Slice(start, length);
            if (index == 0 && bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = string.Empty;
            }

            yield return text.Length == 0 && bytes.Length > 0
                ? BatchItem.Unreadable(index, new ActReadError("the item is not UTF-8 text", null, null, null), source)
                : BatchItem.Of(index, text, source);
        }
    }

    private static BatchBody Failed(ReadOnlyMemory<byte> body, string message, Utf8JsonReader reader) =>
        new(body, [], new ActReadError(message, null, null, (int)reader.TokenStartIndex + 1));
}
