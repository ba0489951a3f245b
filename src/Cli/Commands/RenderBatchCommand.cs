using System.Runtime.CompilerServices;
using System.Text;
using Supervision.Acts;
using Supervision.Batch;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Rendering.Pdf;

namespace Supervision.Cli.Commands;

/// <summary>
/// render-batch DIR --format pdf|docx --out FILE.zip|-: every *.json in DIR (by name) rendered into one zip,
/// as <c>POST /api/acts/batch</c> does and through the same writer (<see cref="BatchZipWriter"/>), with
/// its manifest last. A file that is not an act is that item's error; the others still render. A progress
/// bar on a terminal, plain progress lines otherwise; the zip file appears whole or not at all, or with
/// "-" streams to standard output (a pipe or a file) while the report goes to standard error.
/// </summary>
internal sealed class RenderBatchCommand : ICommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Name => "render-batch";

    public string Usage => "render-batch DIR --format pdf|docx --out FILE.zip|-";

    public string Summary => "renders every *.json act in DIR into one zip (kind-language-index.pdf, manifest.json last with each file's SHA-256 or its errors); exit 1 when any act was not rendered";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var folder = arguments.Positional(0, "DIR (a folder of acts, *.json)");
        var formatName = arguments.Option("format") ?? throw new UsageException("--format is required");
        var outPath = arguments.Option("out") ?? throw new UsageException("--out FILE.zip (or - for standard output) is required");
        arguments.EnsureAllRead(positionalCount: 1);
        if (!EnumNames.TryParse<OutputFormat>(formatName, out var format) || !BatchZipWriter.Formats.Contains(format))
        {
            throw new UsageException($"--format '{formatName}' is not one of: {string.Join(", ", BatchZipWriter.Formats.Select(EnumNames.Of))}");
        }

        if (!Directory.Exists(folder))
        {
            error.WriteLine($"error: {folder}: no such folder");
            return CommandLine.BadInput;
        }

        if (format == OutputFormat.Pdf)
        {
            PdfFonts.EnsureAvailable();
        }

        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        var progress = BatchProgress.For(error, files.Count);
        var writer = new BatchZipWriter(ActGenerator.Default, format);
        if (DocumentOut.IsStandardOutput(outPath))
        {
            // The zip streams out as acts render; the report then goes to standard error, beside the progress.
            var stream = DocumentOut.BinaryStream(output, "the zip");
            var streamed = writer.WriteAsync(Items(files), stream, progress.Advance).GetAwaiter().GetResult();
            stream.Flush();
            progress.Finish();
            return Report(streamed, "standard output", error);
        }

        var full = Path.GetFullPath(outPath);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            BatchManifest manifest;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                manifest = writer.WriteAsync(Items(files), stream, progress.Advance).GetAwaiter().GetResult();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            progress.Finish();
            return Report(manifest, outPath, output);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Each act not rendered with its errors, then the count; exit 1 when any act was not rendered.</summary>
    private static int Report(BatchManifest manifest, string written, TextWriter report)
    {
        foreach (var failed in manifest.Items.Where(item => !item.Rendered))
        {
            foreach (var problem in (failed.Errors ?? []).Select(e => e.ToString()).Concat((failed.ReadErrors ?? []).Select(e => e.ToString())))
            {
                report.WriteLine($"{failed.Source}: {problem}");
            }
        }

        report.WriteLine($"{written}: {manifest.Rendered} rendered, {manifest.Failed} with errors");
        return manifest.Failed == 0 ? CommandLine.Ok : CommandLine.Invalid;
    }

    /// <summary>Each file read as it is asked for, so that a folder of any size is read one act at a time.</summary>
    private static async IAsyncEnumerable<BatchItem> Items(List<string> files, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        for (var index = 0; index < files.Count; index++)
        {
            var name = Path.GetFileName(files[index]);
            string text;
            try
            {
                text = StrictUtf8.GetString(await File.ReadAllBytesAsync(files[index], cancellation));
            }
            catch (DecoderFallbackException)
            {
                text = string.Empty;
            }

            yield return text.Length == 0
                ? BatchItem.Unreadable(index, new ActReadError("the file is empty or not UTF-8 text", null, null, null), name)
                : BatchItem.Of(index, text.TrimStart('\uFEFF'), name);
        }
    }
}
