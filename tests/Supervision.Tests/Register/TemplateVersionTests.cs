using System.Text;
using Supervision.Acts;
using Supervision.Generation;
using Supervision.Register;
using Supervision.Templating;

namespace Supervision.Tests.Register;

public abstract class TemplateVersionTests : RegisterProviderTests
{
    private const string Path = "templates-ru/instruction.sbn";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<string> EditedAsync(ActRegister register) =>
        (await register.TemplateTextAsync(Path, cancellationToken: Cancellation))!.Replace("ТРЕБУЮ:", "ТРЕБУЮ НЕЗАМЕДЛИТЕЛЬНО:", StringComparison.Ordinal);

    [Fact]
    public async Task TheShippedTemplatesAreVersionOneAndLive()
    {
        await using var database = await CreateAsync();

        var versions = await database.Register.TemplatesAsync(cancellationToken: Cancellation);

        Assert.Equal(TemplateSources.Embedded().Select(file => file.Path).Order(StringComparer.Ordinal), versions.Select(version => version.Path).Order(StringComparer.Ordinal));
        Assert.All(versions, version => Assert.Equal((1, true, TemplateVersions.Shipped), (version.Version, version.IsLive, version.PublishedBy)));
        Assert.Equal(TemplateSources.Embedded().Single(file => file.Path == Path).Text, await database.Register.TemplateTextAsync(Path, 1, Cancellation));
    }

    [Fact]
    public async Task ReRenderingAfterRepublishingGivesTheOriginalBytesWhileANewActUsesTheNewVersion()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var before = await IssueAsync(register, Example(ActKind.Instruction));
        var docxBefore = (await register.RenderAsync(before.Id, OutputFormat.Docx, cancellationToken: Cancellation))!.Document.Content;

        var published = Assert.IsType<PublishOutcome.Published>(await register.PublishTemplateAsync(Path, await EditedAsync(register), "editor", Cancellation));
        var after = await IssueAsync(register, Example(ActKind.Instruction));

        Assert.Equal(2, published.Version.Version);
        Assert.Contains(new TemplateUse(Path, 1), before.Templates);
        Assert.Contains(new TemplateUse(Path, 2), after.Templates);
        Assert.Contains(new TemplateUse("templates-ru/_signature.sbn", 1), after.Templates);
        Assert.DoesNotContain(after.Templates, use => use.Path.StartsWith("templates-kk/", StringComparison.Ordinal));
        // The PDF is the one kept at issue; the DOCX, not hashed at issue, is re-created with version 1 as before the publication.
        var pdf = (await register.RenderAsync(before.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;
        Assert.True(pdf.MatchesIssued);
        Assert.Equal(before.Sha256[OutputFormat.Pdf], pdf.Document.Sha256);
        var docx = (await register.RenderAsync(before.Id, OutputFormat.Docx, cancellationToken: Cancellation))!;
        Assert.Null(docx.MatchesIssued);
        Assert.Equal(docxBefore, docx.Document.Content);

        var oldHtml = Encoding.UTF8.GetString((await register.RenderAsync(before.Id, OutputFormat.Html, cancellationToken: Cancellation))!.Document.Content);
        var newHtml = Encoding.UTF8.GetString((await register.RenderAsync(after.Id, OutputFormat.Html, cancellationToken: Cancellation))!.Document.Content);
        Assert.DoesNotContain("НЕЗАМЕДЛИТЕЛЬНО", oldHtml, StringComparison.Ordinal);
        Assert.Contains("НЕЗАМЕДЛИТЕЛЬНО", newHtml, StringComparison.Ordinal);
        Assert.NotEqual(before.Sha256[OutputFormat.Pdf], after.Sha256[OutputFormat.Pdf]);
        Assert.Contains("НЕЗАМЕДЛИТЕЛЬНО", ExternalTools.PdfText((await register.RenderAsync(after.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!.Document.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActAlreadyReadReRendersAsByItsId()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var issued = await IssueAsync(register, Example(ActKind.Instruction));
        Assert.IsType<PublishOutcome.Published>(await register.PublishTemplateAsync(Path, await EditedAsync(register), "editor", Cancellation));

        var read = (await register.GetAsync(issued.Id, Cancellation))!;
        foreach (var format in new[] { OutputFormat.Pdf, OutputFormat.Docx, OutputFormat.Html })
        {
            var byId = (await register.RenderAsync(issued.Id, format, cancellationToken: Cancellation))!;
            var byAct = await register.RenderAsync(read, format, cancellationToken: Cancellation);
            // Only the PDF has a hash stored at issue; the others are re-created, the same by either way.
            Assert.Equal(format == OutputFormat.Pdf ? true : null, byAct.MatchesIssued);
            Assert.Equal(byId.Document.Sha256, byAct.Document.Sha256);
        }

        var pdf = await register.RenderAsync(read, OutputFormat.Pdf, cancellationToken: Cancellation);
        Assert.Equal(issued.Sha256[OutputFormat.Pdf], pdf.Document.Sha256);
        Assert.DoesNotContain("НЕЗАМЕДЛИТЕЛЬНО", ExternalTools.PdfText(pdf.Document.Content), StringComparison.Ordinal);

        Assert.Null(await register.RenderAsync(issued.Id + 1000, OutputFormat.Html, cancellationToken: Cancellation));
    }

    [Fact]
    public async Task ARegisterOpenedLaterStillReRendersTheOriginalBytes()
    {
        await using var database = await CreateAsync();
        var before = await IssueAsync(database.Register, Example(ActKind.Protest, ActLanguage.Kk));
        Assert.IsType<PublishOutcome.Published>(await database.Register.PublishTemplateAsync(
            "templates-kk/_signature.sbn",
            (await database.Register.TemplateTextAsync("templates-kk/_signature.sbn", cancellationToken: Cancellation))! + "\n",
            "editor",
            Cancellation));

        // As an act issued before PDFs were kept: its PDF is re-created, with the versions it names.
        await database.ExecuteAsync("UPDATE issued_documents SET content = NULL");

        var later = await database.OpenAnotherAsync();
        var again = (await later.RenderAsync(before.Id, OutputFormat.Pdf, cancellationToken: Cancellation))!;

        Assert.False(again.IsKept);
        Assert.True(again.MatchesIssued);
        Assert.Contains(new TemplateUse("templates-kk/_signature.sbn", 1), before.Templates);
    }

    [Fact]
    public async Task AnEditThatFailsTheLinterIsNotPublished()
    {
        await using var database = await CreateAsync();
        var text = await EditedAsync(database.Register);

        var unknownField = await database.Register.PublishTemplateAsync(Path, text.Replace("act.deadline", "act.deadlin", StringComparison.Ordinal), "editor", Cancellation);
        var broken = await database.Register.PublishTemplateAsync(Path, text + "{{ if }}", "editor", Cancellation);
        var badPath = await database.Register.PublishTemplateAsync("../etc/passwd", text, "editor", Cancellation);
        var same = await database.Register.PublishTemplateAsync(Path, (await database.Register.TemplateTextAsync(Path, cancellationToken: Cancellation))!, "editor", Cancellation);

        Assert.Contains(Assert.IsType<PublishOutcome.Rejected>(unknownField).Problems, problem => problem.File == Path && problem.Message.Contains("deadlin", StringComparison.Ordinal));
        Assert.Contains(Assert.IsType<PublishOutcome.Rejected>(broken).Problems, problem => problem.File == Path && problem.Line > 0);
        Assert.IsType<PublishOutcome.Rejected>(badPath);
        Assert.IsType<PublishOutcome.Rejected>(same);
        Assert.All(await database.Register.TemplatesAsync(Path, Cancellation), version => Assert.Equal(1, version.Version));
    }

    [Fact]
    public async Task AReleaseThatChangesAShippedFileMakesItsWordingTheNextVersionAndLeavesEditorsVersionsOfOtherFiles()
    {
        await using var database = await CreateAsync();
        Assert.IsType<PublishOutcome.Published>(await database.Register.PublishTemplateAsync(Path, await EditedAsync(database.Register), "editor", Cancellation));
        var release = TemplateSources.Embedded()
            .Select(file => file.Path == "templates-ru/order.sbn" ? file with { Text = file.Text.Replace("ПРЕДПИСАНИЕ", "ПРЕДПИСАНИЕ", StringComparison.Ordinal) + "\n" } : file)
            .ToList();

        var upgraded = await database.OpenAnotherAsync(release);
        await database.OpenAnotherAsync(release);

        var order = await upgraded.TemplatesAsync("templates-ru/order.sbn", Cancellation);
        Assert.Equal([(2, true, TemplateVersions.Shipped), (1, false, TemplateVersions.Shipped)], order.Select(version => (version.Version, version.IsLive, version.PublishedBy)));
        Assert.Equal((2, true, "editor"), (await upgraded.TemplatesAsync(Path, Cancellation)).Select(version => (version.Version, version.IsLive, version.PublishedBy)).First());
        Assert.Equal(TemplateSources.Embedded().Count + 2, await database.CountAsync("SELECT COUNT(*) FROM template_versions"));
        Assert.True((await upgraded.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task OlderVersionsStayReadableAndTheNewestIsLive()
    {
        await using var database = await CreateAsync();
        var original = await database.Register.TemplateTextAsync(Path, cancellationToken: Cancellation);
        var edited = await EditedAsync(database.Register);

        Assert.IsType<PublishOutcome.Published>(await database.Register.PublishTemplateAsync(Path, edited, "editor", Cancellation));
        var third = Assert.IsType<PublishOutcome.Published>(await database.Register.PublishTemplateAsync(Path, original!, "editor", Cancellation));

        var history = await database.Register.TemplatesAsync(Path, Cancellation);
        Assert.Equal([(3, true), (2, false), (1, false)], history.Select(version => (version.Version, version.IsLive)));
        Assert.Equal(edited, await database.Register.TemplateTextAsync(Path, 2, Cancellation));
        Assert.Equal(original, await database.Register.TemplateTextAsync(Path, cancellationToken: Cancellation));
        Assert.Equal(3, third.Version.Version);
    }
}

public sealed class SqliteTemplateVersionTests : TemplateVersionTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresTemplateVersionTests : TemplateVersionTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
