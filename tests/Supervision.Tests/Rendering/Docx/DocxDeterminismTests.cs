using System.Text;
using Supervision.Rendering.Docx;

namespace Supervision.Tests.Rendering.Docx;

public sealed class DocxDeterminismTests
{
    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void TheSameDocumentGivesTheSameBytes(string sample)
    {
        var first = DocxRenderer.Render(Samples.All[sample]());
        var second = DocxRenderer.Render(Samples.All[sample]());

        Assert.Equal(first, second);
    }

    [Fact]
    public void AStreamGetsTheSameBytesAsTheArrayWhetherItCanSeekOrNot()
    {
        var document = SampleActs.KazakhConclusion();
        var bytes = DocxRenderer.Render(document);
        using var seekable = new MemoryStream();
        using var forwardOnly = new ForwardOnlyStream();

        DocxRenderer.Render(document, seekable);
        DocxRenderer.Render(document, forwardOnly);

        Assert.Equal(bytes, seekable.ToArray());
        Assert.Equal(bytes, forwardOnly.Written.ToArray());
    }

    [Fact]
    public void RenderingOnManyThreadsAtOnceGivesTheSameBytes()
    {
        var expected = DocxRenderer.Render(SampleActs.RussianInstruction());
        var results = new byte[16][];

        Parallel.For(0, results.Length, index => results[index] = DocxRenderer.Render(SampleActs.RussianInstruction()));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void AnotherDateChangesTheCorePropertiesAndNothingElse()
    {
        var june = DocxFile.Entries(DocxRenderer.Render(SampleActs.KazakhConclusion(new DateOnly(2025, 6, 17))));
        var july = DocxFile.Entries(DocxRenderer.Render(SampleActs.KazakhConclusion(new DateOnly(2025, 7, 1))));

        Assert.Equal(june.Select(entry => entry.Name), july.Select(entry => entry.Name));
        foreach (var (before, after) in june.Zip(july))
        {
            if (before.Name == "docProps/core.xml")
            {
                var juneCore = Encoding.UTF8.GetString(before.Content);
                var julyCore = Encoding.UTF8.GetString(after.Content);
                Assert.Equal(juneCore.Replace("2025-06-17", "2025-07-01", StringComparison.Ordinal), julyCore);
                Assert.Contains("2025-06-17T00:00:00Z", juneCore, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(before.Content, after.Content);
            }
        }
    }

    [Fact]
    public void EveryZipEntryHasTheSameFixedTime()
    {
        var entries = DocxFile.Entries(DocxRenderer.Render(SampleActs.KazakhConclusion()));

        // A zip stores the time without a zone; the reader gives it back as local time.
        Assert.All(entries, entry => Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), entry.Time.DateTime));
    }

    [Fact]
    public void RelationshipIdsAreTheFixedOnes()
    {
        var docx = DocxRenderer.Render(SampleActs.KazakhConclusion());

        var package = DocxFile.Part(docx, "_rels/.rels").Root!.Elements().Select(element => (string?)element.Attribute("Id"));
        var document = DocxFile.Part(docx, "word/_rels/document.xml.rels").Root!.Elements()
            .Select(element => ((string?)element.Attribute("Id"), (string?)element.Attribute("Target")));

        Assert.Equal(["rId1", "rId2"], package);
        Assert.Equal([("rId1", "styles.xml"), ("rId2", "settings.xml"), ("rId3", "header1.xml"), ("rId4", "header2.xml")], document);
    }

    /// <summary>A stream that can only be written forward, as an HTTP response body.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Written.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
