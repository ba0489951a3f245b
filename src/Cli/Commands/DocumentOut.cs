namespace Supervision.Cli.Commands;

/// <summary>
/// Where <c>--out</c> sends a document: a file, written whole or not at all, or for "-" standard output (as
/// curl and tar take it), never a file named "-".
/// </summary>
internal static class DocumentOut
{
    /// <summary>The <c>--out</c> value that means standard output.</summary>
    public const string StandardOutputPath = "-";

    /// <summary>Whether <paramref name="path"/> names standard output.</summary>
    public static bool IsStandardOutput(string? path) => path == StandardOutputPath;

    /// <summary>The path, for a command whose standard output carries its own lines: "-" is refused before any work.</summary>
    public static string FileOnly(string path) => IsStandardOutput(path)
        ? throw new UsageException("--out - (standard output) is not taken by this command: give a file's path")
        : path;

    /// <summary>
    /// The stream a binary document (<paramref name="what"/>: "a PDF", "the zip") is written to on standard
    /// output, after the text written before it; refused when standard output is a terminal or takes no bytes.
    /// </summary>
    public static Stream BinaryStream(TextWriter output, string what)
    {
        if (output is StandardOutput { IsTerminal: true })
        {
            throw new UsageException($"{what} is not printed on a terminal: redirect --out - to a file or a pipe (… --out - > FILE), or give --out FILE");
        }

        if (output is not StreamWriter writer)
        {
            throw new UsageException($"--out - cannot take {what} here: standard output takes text only");
        }

        writer.Flush();
        return writer.BaseStream;
    }

    /// <summary>Writes <paramref name="content"/> to the file, or its bytes to standard output for "-".</summary>
    public static void Write(string path, byte[] content, TextWriter output, string what)
    {
        if (!IsStandardOutput(path))
        {
            AtomicFile.Write(path, content);
            return;
        }

        var stream = BinaryStream(output, what);
        stream.Write(content);
        stream.Flush();
    }
}
