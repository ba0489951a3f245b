using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Validation;

namespace Supervision.Batch;

/// <summary>
/// Renders a batch of acts into a zip written as it goes: each document is written as soon as it and
/// the items before it are rendered, and <c>manifest.json</c> (<see cref="BatchManifest"/>) comes last.
/// The API's <c>POST /api/acts/batch</c> and the CLI's <c>render-batch</c> both write through here.
/// A few acts render at once (<see cref="Parallelism"/>), their documents still enter the zip in the
/// batch's order; an item that is not an act, or breaks the rules, gets its errors in the manifest and
/// the others still render.
/// </summary>
public sealed class BatchZipWriter
{
    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly ActGenerator _generator;
    private readonly OutputFormat _format;

    /// <summary>A writer rendering with <paramref name="generator"/> in <paramref name="format"/> (pdf or docx).</summary>
    /// <exception cref="ArgumentException">The format is neither pdf nor docx.</exception>
    public BatchZipWriter(ActGenerator generator, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(generator);
        if (!Formats.Contains(format))
        {
            throw new ArgumentException($"A batch is rendered as pdf or docx, not {EnumNames.Of(format)}.", nameof(format));
        }

        (_generator, _format) = (generator, format);
    }

    /// <summary>The formats a batch is rendered in.</summary>
    public static IReadOnlyList<OutputFormat> Formats { get; } = [OutputFormat.Pdf, OutputFormat.Docx];

    /// <summary>How many acts render at once (twice the processors by default: rendering is CPU-bound, the
    /// spare ones keep the cores busy while the writer compresses).</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount * 2);

    /// <summary>The zip's name for an item's document: "order-kk-3.pdf" (ASCII; kind and language are the catalog's names).</summary>
    public static string FileName(Act act, int index, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(act);
        return string.Create(CultureInfo.InvariantCulture, $"{EnumNames.Of(act.Kind)}-{EnumNames.Of(act.Language)}-{index}.{format.Extension()}");
    }

    /// <summary>Renders every item into a zip written to <paramref name="output"/>, the manifest last.</summary>
    /// <param name="items">The items, read lazily: one is asked for only when a rendering slot is free.</param>
    /// <param name="output">Where the zip goes (a response body, a file); flushed after each entry.</param>
    /// <param name="written">Called after each item's entry is written (progress bars), in the batch's order.</param>
    /// <param name="cancellation">Stops the batch (the client went away).</param>
    /// <returns>The manifest written.</returns>
    public async Task<BatchManifest> WriteAsync(IAsyncEnumerable<BatchItem> items, Stream output, Action<BatchEntry>? written = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        var entries = new List<BatchEntry>();
        using var pending = new PendingBytes();
        using (var zip = new ZipArchive(pending, ZipArchiveMode.Create, leaveOpen: true))
        {
            var window = new Queue<Task<Rendered>>();
            await foreach (var item in items.WithCancellation(cancellation))
            {
                window.Enqueue(Task.Run(() => Render(item), cancellation));
                if (window.Count >= Parallelism)
                {
                    await WriteNextAsync(window, zip, pending, output, entries, written, cancellation);
                }
            }

            while (window.Count > 0)
            {
                await WriteNextAsync(window, zip, pending, output, entries, written, cancellation);
            }

            var rendered = entries.Count(entry => entry.Rendered);
            var manifest = new BatchManifest { Format = EnumNames.Of(_format), Rendered = rendered, Failed = entries.Count - rendered, Items = entries };
            var manifestEntry = zip.CreateEntry(BatchManifest.FileName, CompressionLevel.Fastest);
            using (var stream = manifestEntry.Open())
            {
                JsonSerializer.Serialize(stream, manifest, ManifestJson);
            }

            // Disposing the archive writes the central directory into the buffer; drained below.
            zip.Dispose();
            await pending.DrainToAsync(output, cancellation);
            return manifest;
        }
    }

    private static async Task WriteNextAsync(Queue<Task<Rendered>> window, ZipArchive zip, PendingBytes pending, Stream output, List<BatchEntry> entries, Action<BatchEntry>? written, CancellationToken cancellation)
    {
        var rendered = await window.Dequeue();
        if (rendered.Content is { } content)
        {
            // PDFs and DOCX are compressed inside already: deflating them again took some 6 % of a batch's CPU
            // and saved a few per cent of the zip, so they are stored.
            var entry = zip.CreateEntry(rendered.Entry.File!, CompressionLevel.NoCompression);
            using (var stream = entry.Open())
            {
                stream.Write(content);
            }

            await pending.DrainToAsync(output, cancellation);
        }

        entries.Add(rendered.Entry);
        written?.Invoke(rendered.Entry);
    }

    private Rendered Render(BatchItem item)
    {
        if (item.ReadError is not null || item.Json is null)
        {
            return Failed(item, Unreadable(item, item.ReadError ?? new ActReadError("the item is empty", null, null, null)));
        }

        var read = ActReader.Read(item.Json);
        if (!read.Succeeded)
        {
            return Failed(item, Unreadable(item, read.Error));
        }

        return _generator.Render(read.Act, _format) switch
        {
            RenderResult.Document document => new Rendered(new BatchEntry
            {
                Index = item.Index,
                Source = item.Source,
                File = FileName(read.Act, item.Index, _format),
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(document.Content)),
                Status = 200,
            }, document.Content),
            RenderResult.Invalid invalid => Failed(item, new BatchEntry
            {
                Index = item.Index,
                Source = item.Source,
                Status = 422,
                Problem = "act-invalid",
                Errors = invalid.Errors,
                Warnings = invalid.Warnings,
            }),
            RenderResult.Refused refused => Failed(item, new BatchEntry
            {
                Index = item.Index,
                Source = item.Source,
                Status = 422,
                Problem = "act-not-renderable",
                Errors = [new ValidationError(string.Empty, "not-renderable", refused.Message)],
            }),
            var other => throw new InvalidOperationException($"Unexpected render result {other.GetType().Name}."),
        };
    }

    private static BatchEntry Unreadable(BatchItem item, ActReadError error) => new()
    {
        Index = item.Index,
        Source = item.Source,
        Status = 400,
        Problem = "act-unreadable",
        ReadErrors = [error],
    };

    private static Rendered Failed(BatchItem item, BatchEntry entry) => new(entry with { Index = item.Index }, null);

    private sealed record Rendered(BatchEntry Entry, byte[]? Content);
}
