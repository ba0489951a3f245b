using System.Diagnostics;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Rendering.Docx;
using Supervision.Templating;
using Supervision.Tests.Templates;

namespace Supervision.Tests.Rendering.Docx;

/// <summary>
/// Every example act in both languages (and the court copies) as DOCX, converted to PDF by LibreOffice
/// in one <c>soffice</c> call (it starts once, which is most of its time), with a private profile so that
/// parallel runs do not share one. Made once per test class; when <c>soffice</c> is not on the PATH,
/// <see cref="Missing"/> says so and nothing is converted.
/// </summary>
public sealed class LibreOfficeConversion : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-lo-").FullName;
    private readonly Dictionary<string, (ActDocument Document, string Pdf)> _acts = new(StringComparer.Ordinal);

    /// <summary>Converts every case of <see cref="GoldenTextTests.Cases"/>.</summary>
    public LibreOfficeConversion()
    {
        var soffice = Find("soffice");
        if (soffice is null)
        {
            Missing = "LibreOffice (soffice) is not installed here: apt-get install libreoffice-writer-nogui (.ci/run does)";
            return;
        }

        var input = Directory.CreateDirectory(Path.Combine(_folder, "docx")).FullName;
        var output = Directory.CreateDirectory(Path.Combine(_folder, "pdf")).FullName;
        foreach (var row in GoldenTextTests.Cases())
        {
            var (example, language, variant) = ((string)row.Data.Item1, (ActLanguage)row.Data.Item2, (string)row.Data.Item3);
            var document = ActComposer.Default.Compose(ExampleActs.Load(example, language), variant);
            var name = Name(example, language, variant);
            File.WriteAllBytes(Path.Combine(input, name + ".docx"), DocxRenderer.Render(document));
            _acts[name] = (document, Path.Combine(output, name + ".pdf"));
        }

        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"-env:UserInstallation={new Uri(Path.Combine(_folder, "profile")).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", output })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in _acts.Keys)
        {
            start.ArgumentList.Add(Path.Combine(input, name + ".docx"));
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice did not convert the examples within {Timeout}");
        }

        Log = $"soffice exit code {process.ExitCode}\n{stdout.Result}\n{stderr.Result}";
    }

    /// <summary>Why nothing was converted, or null.</summary>
    public string? Missing { get; }

    /// <summary>What soffice printed, for a failing test's message.</summary>
    public string Log { get; } = string.Empty;

    /// <summary>The document model of a case and the path of the PDF LibreOffice made of its DOCX.</summary>
    public (ActDocument Document, string Pdf) For(string example, ActLanguage language, string variant) =>
        _acts[Name(example, language, variant)];

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file LibreOffice still holds open: the temporary folder is left to the system.
        }
    }

    private static string Name(string example, ActLanguage language, string variant) =>
        variant == TemplateRenderer.FullVariant ? $"{example}.{EnumNames.Of(language)}" : $"{example}.{variant}.{EnumNames.Of(language)}";

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
