using System.Diagnostics;

namespace Supervision.Testing;

/// <summary>The command-line tools the verification tests read the printed code back with: poppler's pdftoppm and pdftotext, zbar's zbarimg. One file, compiled into each test project that needs it.</summary>
internal static class ExternalTools
{
    /// <summary>Runs a tool to its end; its standard output, or a failure naming the tool, its exit code and its complaint.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error}");
        return output.Result;
    }

    /// <summary>The texts of the QR codes zbarimg finds on the last page of a PDF drawn at 150 dpi, one a line.</summary>
    public static string[] CodesOnLastPage(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("supervision-qr-");
        try
        {
            var file = Path.Combine(folder.FullName, "act.pdf");
            File.WriteAllBytes(file, pdf);
            var pages = Run("pdfinfo", file).Split('\n').Single(line => line.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim();
            Run("pdftoppm", "-png", "-r", "150", "-f", pages, "-l", pages, "-singlefile", file, Path.Combine(folder.FullName, "last"));
            return Run("zbarimg", "--raw", "-q", Path.Combine(folder.FullName, "last.png")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The text of a PDF as pdftotext reads it (reading order, no layout).</summary>
    public static string PdfText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            return Run("pdftotext", file, "-");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
