using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Supervision.Acts;
using Supervision.Examples;

namespace Supervision.Tests.Cli;

/// <summary>render-batch DIR: every act of a folder into one zip, through the API's batch writer.</summary>
public sealed class RenderBatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EveryActOfTheFolderIsInTheZipWithItsHashAndABrokenFileIsListedWithItsError()
    {
        var acts = Path.Combine(_folder, "acts");
        Directory.CreateDirectory(acts);
        File.WriteAllText(Path.Combine(acts, "a.json"), ActExamples.Json(ActKind.Order, ActLanguage.Kk));
        File.WriteAllText(Path.Combine(acts, "b.json"), "{\"kind\": \"order\",");
        File.WriteAllText(Path.Combine(acts, "c.json"), ActExamples.Json(ActKind.Instruction, ActLanguage.Ru));
        File.WriteAllText(Path.Combine(acts, "notes.txt"), "not an act, not read");
        var zipPath = Path.Combine(_folder, "acts.zip");

        var run = CliRun.Of("render-batch", acts, "--format", "pdf", "--out", zipPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rendered 3/3, 1 with errors", run.Error, StringComparison.Ordinal);
        Assert.Contains("b.json: not rendered", run.Error, StringComparison.Ordinal);
        Assert.Contains(run.OutputLines, line => line.StartsWith("b.json: line ", StringComparison.Ordinal));
        Assert.EndsWith("acts.zip: 2 rendered, 1 with errors", run.OutputLines[^1], StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["order-kk-0.pdf", "instruction-ru-2.pdf", "manifest.json"], zip.Entries.Select(entry => entry.FullName));
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var items = JsonDocument.Parse(manifestStream).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["a.json", "b.json", "c.json"], items.Select(item => item.GetProperty("source").GetString()));
        foreach (var entry in zip.Entries.SkipLast(1))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
            Assert.Contains(items, item => item.TryGetProperty("file", out var file) && file.GetString() == entry.FullName
                && item.GetProperty("sha256").GetString() == Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        Assert.Equal(400, items[1].GetProperty("status").GetInt32());
    }

    [Fact]
    public void AFormatOtherThanPdfOrDocxIsAUsageErrorAndWritesNothing()
    {
        var zipPath = Path.Combine(_folder, "acts.zip");

        var run = CliRun.Of("render-batch", _folder, "--format", "html", "--out", zipPath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pdf, docx", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }
}
