namespace Supervision.Cli.Commands;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then renamed over it.</summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        // Never a file named "-": where "-" means standard output, the command says so (DocumentOut).
        var full = Path.GetFullPath(DocumentOut.FileOnly(path));
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
