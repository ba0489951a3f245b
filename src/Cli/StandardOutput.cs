using System.Text;

namespace Supervision.Cli;

/// <summary>
/// The program's standard output, as text and as bytes: <c>--out -</c> writes a document's bytes here, so a
/// PDF can be piped (<c>supervision render act.json --format pdf --out - | lp</c>). Knows whether it is a
/// terminal, where a PDF, DOCX or zip is refused rather than printed as garbage.
/// </summary>
internal sealed class StandardOutput(Stream stream, bool isTerminal)
    : StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: false)
{
    /// <summary>The process's own standard output.</summary>
    public static StandardOutput OfConsole() => new(Console.OpenStandardOutput(), !Console.IsOutputRedirected) { AutoFlush = true };

    /// <summary>Standard output is a terminal, not a file or a pipe.</summary>
    public bool IsTerminal { get; } = isTerminal;
}
