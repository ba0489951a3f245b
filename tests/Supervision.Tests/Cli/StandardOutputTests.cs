using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Supervision.Cli;

namespace Supervision.Tests.Cli;

/// <summary>
/// <c>--out -</c> is standard output, as curl and tar take it: a document's bytes are piped, never written to a
/// file named "-", and never printed on a terminal.
/// </summary>
public sealed class StandardOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-stdout-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    [Fact]
    public void APdfGoesToAPipeAsItsBytesAloneAndNoFileNamedDashAppears()
    {
        var (code, bytes, error) = Run(isTerminal: false, "render", Example("instruction.kk.json"), "--format", "pdf", "--out", "-");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.EndsWith("%%EOF\n", Encoding.ASCII.GetString(bytes, bytes.Length - 16, 16), StringComparison.Ordinal);
        Assert.Contains("ЖАЗБАША НҰСҚАУ", ExternalTools.PdfText(bytes), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.GetFullPath("-")));
    }

    [Fact]
    public void APdfIsNotPrintedOnATerminal()
    {
        var (code, bytes, error) = Run(isTerminal: true, "render", Example("instruction.kk.json"), "--format", "pdf", "--out", "-");

        Assert.Equal(2, code);
        Assert.Empty(bytes);
        Assert.StartsWith("error: the PDF is not printed on a terminal: redirect --out - to a file or a pipe", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkupWithADashIsTheSameTextAsWithoutOut()
    {
        var (code, bytes, _) = Run(isTerminal: true, "render", Example("instruction.ru.json"), "--format", "markup", "--out", "-");
        var plain = CliRun.Of("render", Example("instruction.ru.json"), "--format", "markup");

        Assert.Equal((0, 0), (code, plain.ExitCode));
        Assert.Equal(plain.Output, Encoding.UTF8.GetString(bytes).ReplaceLineEndings("\n"));
        Assert.Contains("# ПИСЬМЕННОЕ УКАЗАНИЕ", plain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ABatchStreamsItsZipToStandardOutputAndReportsOnStandardError()
    {
        var acts = Directory.CreateDirectory(Path.Combine(_folder, "acts")).FullName;
        File.Copy(Example("order.kk.json"), Path.Combine(acts, "a.json"));
        File.Copy(Example("protest.ru.json"), Path.Combine(acts, "b.json"));

        var (code, bytes, error) = Run(isTerminal: false, "render-batch", acts, "--format", "pdf", "--out", "-");

        Assert.Equal(0, code);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(3, zip.Entries.Count);
        Assert.Equal("manifest.json", zip.Entries[^1].FullName);
        Assert.EndsWith("standard output: 2 rendered, 0 with errors\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.GetFullPath("-")));
    }

    [Fact]
    public void ACommandThatPrintsItsOwnLinesRefusesADashRatherThanWriteAFileNamedSo()
    {
        var before = Directory.GetFiles(Directory.GetCurrentDirectory());

        var (code, _, error) = Run(isTerminal: false, "register", "document", "1", "--db", Path.Combine(_folder, "none.db"), "--format", "pdf", "--out", "-", "--variant", "nonsense");
        var sign = CliRun.Of("sign", "prepare", "1", "--db", Path.Combine(_folder, "none.db"), "--by", "a.seitova", "--out", "-");

        Assert.Equal(2, code);
        Assert.Equal(2, sign.ExitCode);
        Assert.Contains("error: --out - (standard output) is not taken by this command: give a file's path", sign.Error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(Directory.GetCurrentDirectory()));
        Assert.False(File.Exists(Path.GetFullPath("-")));
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task TheRealProgramPipesAPdfThatPopplerReads()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "supervision.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _folder };
        foreach (var argument in new[] { program, "render", Example("protest.kk.json"), "--format", "pdf", "--out", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.BaseStream.CopyToAsync(bytes, TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal((0, string.Empty), (process.ExitCode, await error));
        Assert.Contains("НАРАЗЫЛЫҚ", ExternalTools.PdfText(bytes.ToArray()), StringComparison.Ordinal);
        // The program ran in this folder: it wrote no file there, "-" or other.
        Assert.Empty(Directory.GetFiles(_folder));
    }

    /// <summary>A command line run in-process with standard output as bytes, a pipe or a terminal.</summary>
    private static (int Code, byte[] Bytes, string Error) Run(bool isTerminal, params string[] args)
    {
        var bytes = new MemoryStream();
        using var error = new StringWriter();
        int code;
        using (var output = new StandardOutput(new NonClosing(bytes), isTerminal) { AutoFlush = true })
        {
            code = CommandLine.Run(args, output, error);
        }

        return (code, bytes.ToArray(), error.ToString());
    }

    /// <summary>Keeps the captured bytes readable after the writer is disposed.</summary>
    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
