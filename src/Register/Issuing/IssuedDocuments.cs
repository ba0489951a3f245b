using Supervision.Composition;
using Supervision.Document;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Rendering.Pdf;
using Supervision.Templating;

namespace Supervision.Register;

/// <summary>
/// Serves an issued act's documents. The PDF is the bytes kept at issue (<see cref="IssuedFormats.Kept"/>),
/// checked against the SHA-256 stored with them; a signed act's PDF is its signed file. Acts issued before the
/// PDF was kept have theirs re-created, compared with the stored hash, and kept from then on where it matches
/// (<see cref="KeepAllAsync"/> does the same for every such act at once). The DOCX and HTML, and the markup and
/// text, are re-created from the act's stored JSON with the template versions it was issued with, and compared
/// with a stored hash where an act issued before has one.
/// </summary>
internal sealed class IssuedDocuments(IRegisterStore store, TemplateVersions templates)
{
    /// <summary>How many acts one round of <see cref="KeepAllAsync"/> reads and keeps in one write transaction.</summary>
    private const int Page = 50;

    /// <summary>Turns a composed act into a format's bytes: the generator's renderers. A test sets another to play
    /// a later release whose renderer writes other bytes for the same act.</summary>
    public Func<ActDocument, OutputFormat, byte[]> Typeset { get; set; } = ActGenerator.RenderDocument;

    /// <summary>Turns a composed act into a format's bytes as releases before 3 December 2026 did (their PDF's pages and
    /// fonts compressed <see cref="PdfWriting.AsBefore"/>), to recognise an act issued then whose PDF was not kept.</summary>
    public Func<ActDocument, OutputFormat, byte[]> TypesetAsBefore { get; set; } =
        (document, format) => format == OutputFormat.Pdf ? PdfRenderer.Render(document, PdfWriting.AsBefore) : ActGenerator.RenderDocument(document, format);

    /// <summary>The act's document in a format and variant, with whether it is the one issued.</summary>
    public async Task<RenderedAct> GetAsync(IssuedAct issued, OutputFormat format, string variant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issued);
        var issuedSha256 = variant == TemplateRenderer.FullVariant && issued.Sha256.TryGetValue(format, out var stored) ? stored : null;
        if (format == IssuedFormats.Kept && variant == TemplateRenderer.FullVariant)
        {
            await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (await ActSignatureRows.FindAsync(connection, null, issued.Id, cancellationToken).ConfigureAwait(false) is { } signature)
            {
                // A signed act's PDF is the file its signatory signed, kept as it is: it cannot be re-created.
                var signed = Document(issued, OutputFormat.Pdf, signature.Pdf);
                return new RenderedAct(issued, signed, signed.Sha256 == signature.Sha256) { IsKept = true };
            }

            if (await KeptDocumentRows.ContentAsync(connection, null, issued.Id, format, cancellationToken).ConfigureAwait(false) is { } content)
            {
                var kept = Document(issued, format, content);
                return new RenderedAct(issued, kept, issuedSha256 is null ? null : kept.Sha256 == issuedSha256) { IsKept = true };
            }
        }

        var document = await ReCreateAsync(issued, format, variant, issuedSha256, cancellationToken).ConfigureAwait(false);
        var matches = issuedSha256 is null ? (bool?)null : document.Sha256 == issuedSha256;
        if (matches == true && format == IssuedFormats.Kept)
        {
            await KeepAsync([(issued.Id, document)], cancellationToken).ConfigureAwait(false);
        }

        return new RenderedAct(issued, document, matches);
    }

    /// <summary>
    /// Keeps the PDF of every act issued before PDFs were kept: re-created with its template versions, compared
    /// with its stored hash and stored where they match, a page of acts at a time (each page in one short write
    /// transaction). Acts whose PDF does not match, or cannot be re-created, are left as they are and handed to
    /// <paramref name="notKept"/> with the reason.
    /// </summary>
    public async Task<KeepReport> KeepAllAsync(Action<IssuedAct, string> notKept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notKept);
        var (kept, differing) = (0, 0);
        for (var after = 0L; ;)
        {
            List<IssuedAct> page;
            await using (var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false))
            {
                var ids = await KeptDocumentRows.MissingAsync(connection, IssuedFormats.Kept, after, Page, cancellationToken).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    return new KeepReport(kept, differing);
                }

                after = ids[^1];
                page = await ActRows.SelectAsync(connection, null, $"id IN ({string.Join(", ", ids)})", [], cancellationToken).ConfigureAwait(false);
            }

            var matching = new List<(long, IssuedDocument)>();
            foreach (var act in page)
            {
                var reason = await KeepableAsync(act, matching, cancellationToken).ConfigureAwait(false);
                if (reason is not null)
                {
                    differing++;
                    notKept(act, reason);
                }
            }

            kept += await KeepAsync(matching, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Re-creates the act's PDF and adds it to <paramref name="matching"/> where it has the stored hash; otherwise why not.</summary>
    private async Task<string?> KeepableAsync(IssuedAct act, List<(long, IssuedDocument)> matching, CancellationToken cancellationToken)
    {
        IssuedDocument document;
        try
        {
            document = await ReCreateAsync(act, IssuedFormats.Kept, TemplateRenderer.FullVariant, act.Sha256[IssuedFormats.Kept], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RegisterException or TemplateException)
        {
            return $"cannot be re-created: {exception.Message}";
        }

        var stored = act.Sha256[IssuedFormats.Kept];
        if (document.Sha256 != stored)
        {
            return $"re-created with SHA-256 {document.Sha256}, not the {stored} stored at issue";
        }

        matching.Add((act.Id, document));
        return null;
    }

    /// <summary>
    /// Stores re-created bytes that have the hash stored at issue, in one write transaction; how many were stored
    /// now (another caller may have kept some first). No audit entry is written: the act's issue entry already
    /// records this very SHA-256, so the bytes add nothing the chain does not vouch for, and <c>audit verify</c>
    /// checks them against it as it checks bytes kept at issue.
    /// </summary>
    private async Task<int> KeepAsync(List<(long ActId, IssuedDocument Document)> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return 0;
        }

        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var stored = 0;
        foreach (var (actId, document) in documents)
        {
            stored += await KeptDocumentRows.KeepAsync(connection, transaction, actId, document, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>
    /// The act's document rendered again from its stored JSON with the template versions it was issued with. A PDF
    /// that does not have the hash stored at issue is made once more with its pages and fonts compressed as releases before
    /// 3 December 2026 compressed them (<see cref="PdfWriting.AsBefore"/>), so that an act issued then is still
    /// recognised and kept; the file made now is returned where neither matches.
    /// </summary>
    /// <exception cref="RegisterException">The act's JSON cannot be read (only after tampering; audit verify tells).</exception>
    /// <exception cref="TemplateException">The stored templates no longer load (only after tampering).</exception>
    private async Task<IssuedDocument> ReCreateAsync(IssuedAct issued, OutputFormat format, string variant, string? issuedSha256, CancellationToken cancellationToken)
    {
        var document = await ReCreateAsync(issued, format, variant, Typeset, cancellationToken).ConfigureAwait(false);
        if (format != OutputFormat.Pdf || issuedSha256 is null || document.Sha256 == issuedSha256)
        {
            return document;
        }

        var asBefore = await ReCreateAsync(issued, format, variant, TypesetAsBefore, cancellationToken).ConfigureAwait(false);
        return asBefore.Sha256 == issuedSha256 ? asBefore : document;
    }

    private async Task<IssuedDocument> ReCreateAsync(IssuedAct issued, OutputFormat format, string variant, Func<ActDocument, OutputFormat, byte[]> typeset, CancellationToken cancellationToken)
    {
        var read = ActReader.Read(issued.ActJson);
        if (!read.Succeeded)
        {
            throw RegisterException.Damaged($"act {issued.RegistrationNumber} is stored as JSON this program cannot read: {read.Error}");
        }

        TemplateSet set;
        await using (var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            set = await templates.SetAsync(connection, null, issued.Templates, cancellationToken).ConfigureAwait(false);
        }

        return ActIssuer.Render(new ActComposer(new TemplateRenderer(set)), read.Act, [format], variant, issued.Mark, typeset)[0];
    }

    /// <summary>A document served as it is stored, named from the act's record.</summary>
    private static IssuedDocument Document(IssuedAct issued, OutputFormat format, byte[] content) =>
        new(format, content, format.ContentType(), ActGenerator.FileName(issued.Kind, issued.RegistrationNumber, issued.Date, format), Canonical.Sha256(content));
}
