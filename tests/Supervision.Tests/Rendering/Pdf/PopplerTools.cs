using System.Diagnostics;

namespace Supervision.Tests.Rendering.Pdf;

/// <summary>Runs a command-line PDF tool (poppler's pdfinfo, qpdf) on a file and returns what it printed.</summary>
internal static class PopplerTools
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    /// <summary>Where an argument list names the file (pdftotext FILE -); without it the file comes last.</summary>
    public const string FilePlace = "{file}";

    /// <summary>The tool's exit code and output; the file is written to a temporary folder and removed after.</summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"supervision-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var argument in arguments.Contains(FilePlace) ? arguments : arguments.Append(FilePlace))
            {
                start.ArgumentList.Add(argument == FilePlace ? file : argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} did not finish within {Timeout}");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException($"{tool} is not installed (Debian: poppler-utils, qpdf; .ci/run installs them)", missing);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
