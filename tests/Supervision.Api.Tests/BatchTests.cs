using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Batch;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>POST /api/acts/batch over real Kestrel: the zip streamed as acts render, its manifest last, and its limits.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly ApiFactory _factory = new();
    private readonly HttpClient _client;

    public BatchTests()
    {
        _factory.StartKestrel();
        _client = _factory.CreateClient();
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task AnArrayOfActsIsAStreamedZipOfPdfsWithTheirHashesAndEveryErrorInTheManifestLast()
    {
        var tooEarly = Requests.Example(ActKind.Order, ActLanguage.Ru);
        tooEarly["date"] = "1999-01-01";
        var unknownProperty = Requests.Example(ActKind.Protest, ActLanguage.Kk);
        unknownProperty["colour"] = "red";
        var batch = new JsonArray(
            Requests.Example(ActKind.Order, ActLanguage.Kk),
            Requests.Example(ActKind.Instruction, ActLanguage.Ru),
            tooEarly,
            unknownProperty,
            Requests.Example(ActKind.Protest, ActLanguage.Kk));

        using var response = await _client.PostAsync("/api/acts/batch?format=pdf", Requests.Json(batch), Cancellation);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        // Streamed: sent in chunks as the acts render, never buffered whole to learn its length.
        Assert.True(response.Headers.TransferEncodingChunked, "the zip is not sent chunked");

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["order-kk-0.pdf", "instruction-ru-1.pdf", "protest-kk-4.pdf", "manifest.json"], zip.Entries.Select(entry => entry.FullName));
        var manifest = ReadJson(zip.Entries[^1]);
        Assert.Equal("pdf", manifest.GetProperty("format").GetString());
        Assert.Equal(3, manifest.GetProperty("rendered").GetInt32());
        Assert.Equal(2, manifest.GetProperty("failed").GetInt32());
        var items = manifest.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 3, 4], items.Select(item => item.GetProperty("index").GetInt32()));
        foreach (var item in items.Where(item => item.TryGetProperty("file", out _)))
        {
            var content = ReadBytes(zip.GetEntry(item.GetProperty("file").GetString()!)!);
            Assert.Equal("%PDF"u8.ToArray(), content[..4]);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), item.GetProperty("sha256").GetString());
            Assert.Equal(200, item.GetProperty("status").GetInt32());
        }

        // The order dated before 2000: the validator's 422 errors, path and code, message in Russian.
        Assert.Equal(422, items[2].GetProperty("status").GetInt32());
        Assert.False(items[2].TryGetProperty("file", out _));
        var dateError = Assert.Single(items[2].GetProperty("errors").EnumerateArray(), error => error.GetProperty("path").GetString() == "date" && error.GetProperty("code").GetString() == "date-out-of-range");
        Assert.Matches("[а-яА-Я]", dateError.GetProperty("message").GetString());

        // The protest with an unknown property: the reader's 400 errors, naming the property.
        Assert.Equal(400, items[3].GetProperty("status").GetInt32());
        Assert.Equal("act-unreadable", items[3].GetProperty("problem").GetString());
        Assert.Contains("colour", Assert.Single(items[3].GetProperty("readErrors").EnumerateArray()).GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InNdjsonABrokenLineIsThatItemsErrorAndTheOthersRenderAsDocx()
    {
        var body = string.Join('\n',
            Requests.Example(ActKind.Order, ActLanguage.Kk).ToJsonString(),
            "{\"kind\": \"order\", \"language\": ",
            string.Empty,
            Requests.Example(ActKind.Instruction, ActLanguage.Kk).ToJsonString()) + "\n";

        using var response = await _client.PostAsync("/api/acts/batch?format=docx", new StringContent(body, Encoding.UTF8, BatchBodyReader.NdjsonMediaType), Cancellation);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["order-kk-0.docx", "instruction-kk-2.docx", "manifest.json"], zip.Entries.Select(entry => entry.FullName));
        Assert.Equal("PK"u8.ToArray(), ReadBytes(zip.Entries[0])[..2]);
        var items = ReadJson(zip.Entries[^1]).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["line 1", "line 2", "line 4"], items.Select(item => item.GetProperty("source").GetString()));
        Assert.Equal(400, items[1].GetProperty("status").GetInt32());
        Assert.NotEmpty(Assert.Single(items[1].GetProperty("readErrors").EnumerateArray()).GetProperty("message").GetString()!);
    }

    [Fact]
    public async Task AnArrayThatIsNotWellFormedJsonIsA400BeforeAnyZip()
    {
        var body = "[" + Requests.Example(ActKind.Order, ActLanguage.Kk).ToJsonString() + ", {\"kind\": ]";

        using var response = await _client.PostAsync("/api/acts/batch?format=pdf", Requests.Json(body), Cancellation);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        Assert.Contains("cannot be told apart", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("markup")]
    public async Task AFormatOtherThanPdfOrDocxIsA400(string format)
    {
        using var response = await _client.PostAsync($"/api/acts/batch?format={format}", Requests.Json(new JsonArray(Requests.Example(ActKind.Order, ActLanguage.Kk))), Cancellation);

        await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
    }

    [Fact]
    public async Task MoreActsThanTheSettingIs422AndALargerBodyIs413()
    {
        using var limited = _factory.WithWebHostBuilder(builder => builder.UseSetting("Batch:MaxItems", "2").UseSetting("Batch:MaxBodyBytes", "200000"));
        var client = limited.CreateClient();
        var three = new JsonArray(Requests.Example(ActKind.Order, ActLanguage.Kk), Requests.Example(ActKind.Order, ActLanguage.Kk), Requests.Example(ActKind.Order, ActLanguage.Kk));

        using var tooMany = await client.PostAsync("/api/acts/batch?format=pdf", Requests.Json(three), Cancellation);
        using var tooLarge = await client.PostAsync("/api/acts/batch?format=pdf", Requests.Json(new string(' ', 300000) + "[]"), Cancellation);

        var problem = await Problems.AssertProblem(tooMany, HttpStatusCode.UnprocessableEntity, BatchProblems.TooManyItemsType);
        Assert.Contains("at most 2", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblem(tooLarge, HttpStatusCode.RequestEntityTooLarge, ProblemTypes.BodyTooLarge);
    }

    [Fact]
    public async Task ABodyBeyondTheOneActLimitIsStillABatch()
    {
        // Over the 1 MiB one act may take: the batch's own bound (Batch:MaxBodyBytes, 32 MiB) applies.
        var batch = new JsonArray([.. Enumerable.Range(0, 40).Select(_ => (JsonNode)Requests.Example(ActKind.Order, ActLanguage.Kk))]);
        var text = batch.ToJsonString() + new string(' ', 1024 * 1024);

        using var response = await _client.PostAsync("/api/acts/batch?format=pdf", Requests.Json(text), Cancellation);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(41, zip.Entries.Count);
    }

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static JsonElement ReadJson(ZipArchiveEntry entry) => JsonDocument.Parse(ReadBytes(entry)).RootElement.Clone();
}
