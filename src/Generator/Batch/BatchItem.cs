using Supervision.Reading;

namespace Supervision.Batch;

/// <summary>
/// One act of a batch as it came in: its place in the batch and either its JSON text or the reason its
/// text could not even be cut out of the batch (a broken NDJSON line, a file that is not UTF-8).
/// </summary>
/// <param name="Index">The item's place in the batch, from 0 (the array index, the NDJSON line's place, the file's place by name).</param>
/// <param name="Json">The act's JSON text, or null when <paramref name="ReadError"/> says why there is none.</param>
/// <param name="ReadError">Why the item could not be read, or null.</param>
/// <param name="Source">Where the item came from, for people (a file name, "line 3"); null for an array element.</param>
public sealed record BatchItem(int Index, string? Json, ActReadError? ReadError = null, string? Source = null)
{
    /// <summary>An item whose text is an act's JSON (to be read and checked).</summary>
    public static BatchItem Of(int index, string json, string? source = null) => new(index, json, null, source);

    /// <summary>An item that could not be read at all.</summary>
    public static BatchItem Unreadable(int index, ActReadError error, string? source = null) => new(index, null, error, source);
}
