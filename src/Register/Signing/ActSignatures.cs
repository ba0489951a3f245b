using System.Security.Cryptography;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Generation;
using Supervision.Reading;
using Supervision.Rendering.Pdf.Signing;
using Supervision.Templating;

namespace Supervision.Register;

/// <summary>
/// PAdES signatures made with the signatory's own key, which the server never sees (the NCALayer way), in
/// two steps. <see cref="PrepareAsync"/> lays out the act's final PDF — its e-document note naming the
/// signer and time — with a signature placeholder (<see cref="SignaturePlaceholder"/>), keeps it for
/// <see cref="PreparationLifetime"/>, and hands back exactly the bytes to sign. <see cref="AttachAsync"/>
/// checks the signatory's detached CMS over them (<see cref="CmsVerifier"/>: RSA with SHA-256, the trust
/// store, the time of signing, CRLs, and the certificate's IIN against the signatory's), embeds it, and in
/// one transaction stores the signed PDF as the act's PDF document, forgets the preparations and records the
/// file's SHA-256 in the audit. Only the act's signatory (<see cref="ActSignatory"/>) prepares and attaches.
/// </summary>
public sealed class ActSignatures
{
    /// <summary>How long a prepared PDF waits for its CMS: long enough to find a token and type its PIN, short enough that a stale layout is not signed.</summary>
    public static readonly TimeSpan PreparationLifetime = TimeSpan.FromMinutes(30);

    private readonly IRegisterStore _store;
    private readonly TemplateVersions _templates;
    private readonly TimeProvider _clock;
    private readonly string? _trustStore;

    internal ActSignatures(IRegisterStore store, TemplateVersions templates, TimeProvider clock, string? trustStore)
    {
        _store = store;
        _templates = templates;
        _clock = clock;
        _trustStore = trustStore;
    }

    /// <summary>Lays out the act's signed PDF with a placeholder and answers the bytes to sign: by the act's signatory.</summary>
    public async Task<PrepareOutcome> PrepareAsync(Principal principal, long actId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        IssuedAct act;
        Person signatory;
        await using (var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var (found, refusal) = await SignableAsync(connection, principal, actId, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                return new PrepareOutcome.Refused(refusal);
            }

            (act, signatory) = found!.Value;
        }

        var now = Canonical.Truncate(_clock.GetUtcNow());
        var read = ActReader.Read(act.ActJson);
        if (!read.Succeeded)
        {
            throw RegisterException.Damaged($"act {act.RegistrationNumber} is stored as JSON this program cannot read: {read.Error}");
        }

        var signer = read.Act.Signatory;
        var note = new SignatureNote(ActIssuer.Prosecutor(signer!.Name!), signer.Title ?? (act.Language == Acts.ActLanguage.Kk ? signatory.TitleKk : signatory.TitleRu), now);
        byte[] pdf;
        await using (var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var set = await _templates.SetAsync(connection, null, act.Templates, cancellationToken).ConfigureAwait(false);
            pdf = ActIssuer.Render(new ActComposer(new TemplateRenderer(set)), read.Act, [OutputFormat.Pdf], TemplateRenderer.FullVariant, Mark(act, note))[0].Content;
        }

        var prepared = SignaturePlaceholder.Prepare(pdf, now);
        var toSign = prepared.SignedBytes();
        var digest = SHA256.HashData(toSign);
        var preparation = new SignaturePreparation(
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), act.Id, signatory.Login, now, prepared.Pdf, prepared.ByteRange, Convert.ToHexStringLower(digest), note.Signer, note.Position, now);
        await using (var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var transaction = await _store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            await PreparationRows.DeleteExpiredAsync(connection, transaction, now - PreparationLifetime, cancellationToken).ConfigureAwait(false);
            await PreparationRows.InsertAsync(connection, transaction, preparation, cancellationToken).ConfigureAwait(false);
            await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        return new PrepareOutcome.Prepared(preparation.Id, toSign, digest, prepared.ByteRange, now + PreparationLifetime);
    }

    /// <summary>
    /// The verification mark of the signed layout: the act's QR code and token with the e-document note. The
    /// one place the signed PDF's mark is made; null while the act has no verification token (acts issued
    /// before tokens existed print none).
    /// </summary>
    private static VerificationMark? Mark(IssuedAct act, SignatureNote note) =>
        act.Mark is { } mark ? mark with { Signature = note } : null;

    /// <summary>Checks the signatory's CMS over the prepared bytes and, where it holds, stores the signed PDF: by the act's signatory.</summary>
    /// <param name="principal">Who attaches: the act's signatory.</param>
    /// <param name="actId">The act.</param>
    /// <param name="preparedId">The id <see cref="PrepareAsync"/> gave.</param>
    /// <param name="cms">The CMS SignedData, DER, detached.</param>
    /// <param name="cancellationToken">Cancels the reads and the write.</param>
    public async Task<AttachOutcome> AttachAsync(Principal principal, long actId, string preparedId, byte[] cms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(preparedId);
        ArgumentNullException.ThrowIfNull(cms);
        IssuedAct act;
        Person signatory;
        SignaturePreparation? preparation;
        var now = Canonical.Truncate(_clock.GetUtcNow());
        await using (var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var (found, refusal) = await SignableAsync(connection, principal, actId, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                return new AttachOutcome.Refused(refusal);
            }

            (act, signatory) = found!.Value;
            preparation = await PreparationRows.FindAsync(connection, null, preparedId, act.Id, cancellationToken).ConfigureAwait(false);
        }

        if (preparation is null || preparation.PreparedAt + PreparationLifetime < now)
        {
            return new AttachOutcome.NotPrepared($"no preparation '{Shorten(preparedId)}' of act {act.RegistrationNumber} is waiting for a signature: it was never made, is another act's, or expired ({PreparationLifetime.TotalMinutes:0} minutes after prepare); prepare again");
        }

        var prepared = new PreparedPdf(preparation.Pdf, preparation.ByteRange);
        var (verified, rejection) = CmsVerifier.Verify(cms, prepared.SignedBytes(), TrustStore.Read(_trustStore), now);
        if (rejection is not null)
        {
            return new AttachOutcome.Rejected(rejection);
        }

        if (verified!.Iin != signatory.Iin)
        {
            return Rejected(SignatureRejection.SignerIinMismatch, verified.Iin is null
                ? $"the certificate's subject names no IIN (SERIALNUMBER=IIN…); the act is signed by {signatory.Login}, whose certificate carries his IIN"
                : $"the certificate is of IIN {verified.Iin}, not of the act's signatory {signatory.Login}: sign with your own key");
        }

        var room = (int)(preparation.ByteRange[2] - preparation.ByteRange[1] - 2) / 2;
        if (cms.Length > room)
        {
            return Rejected(SignatureRejection.CmsTooLarge, $"the CMS has {cms.Length} bytes; the PDF's signature placeholder holds at most {room}: leave out certificates other than the signer's chain");
        }

        var signedPdf = prepared.Embed(cms);
        var record = new ActSignatureRecord
        {
            ActId = act.Id,
            Pdf = signedPdf,
            Sha256 = Canonical.Sha256(signedPdf),
            SignerIin = verified.Iin!,
            SignerName = preparation.SignerName,
            SignerPosition = preparation.SignerPosition,
            CertificateSubject = verified.Subject,
            CertificateIssuer = verified.Issuer,
            CertificateSerial = verified.Serial,
            ValidFrom = Canonical.Truncate(verified.ValidFrom),
            ValidTo = Canonical.Truncate(verified.ValidTo),
            SignedAt = verified.SignedAt,
            RecordedBy = signatory.Login,
            RecordedAt = now,
        };

        await using (var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var transaction = await _store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            // Checked again under the write lock: a second attach of the same act waits here and finds it signed.
            if (await ActSignatureRows.ExistsAsync(connection, transaction, act.Id, cancellationToken).ConfigureAwait(false))
            {
                return new AttachOutcome.Refused(Refusal.State($"act {act.RegistrationNumber} is signed already"));
            }

            if (await PreparationRows.FindAsync(connection, transaction, preparation.Id, act.Id, cancellationToken).ConfigureAwait(false) is null)
            {
                return new AttachOutcome.NotPrepared($"the preparation '{Shorten(preparedId)}' of act {act.RegistrationNumber} is gone; prepare again");
            }

            await ActSignatureRows.InsertAsync(connection, transaction, record, cancellationToken).ConfigureAwait(false);
            await PreparationRows.DeleteForActAsync(connection, transaction, act.Id, cancellationToken).ConfigureAwait(false);
            var (actor, _) = await Actor.ResolveAsync(connection, transaction, principal, cancellationToken).ConfigureAwait(false);
            await AuditChain.AppendAsync(_store, connection, transaction, actor?.Recorded ?? principal, (AuditEntry.AttachSignature, act.RegistrationNumber, SignatureAudit.Payload(record), now), cancellationToken).ConfigureAwait(false);
            await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        return new AttachOutcome.Attached(record);
    }

    /// <summary>The act's signature with its signed PDF, or null where it is not signed.</summary>
    public async Task<ActSignatureRecord?> GetAsync(long actId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ActSignatureRows.FindAsync(connection, null, actId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The signature whose signed PDF has this SHA-256 (lowercase hex), or null.</summary>
    public async Task<ActSignatureRecord?> FindBySha256Async(string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ActSignatureRows.SelectAsync(connection, null, "sha256 = @sha256", [("sha256", sha256.ToLowerInvariant())], cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    /// <summary>Checks the last signature of a signed PDF against the trust store, whoever's it is: for <c>verify FILE.pdf</c>.</summary>
    /// <returns>The signature's details, or why it does not verify; null where the file carries no signature.</returns>
    /// <exception cref="FormatException">The file's signature dictionary is malformed.</exception>
    public FileVerification? VerifyFile(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var signed = SignedPdf.Read(pdf);
        if (signed is null)
        {
            return null;
        }

        var (verified, rejection) = CmsVerifier.Verify(signed.Cms, signed.SignedBytes, TrustStore.Read(_trustStore), _clock.GetUtcNow());
        return new FileVerification(verified, rejection, signed.CoversWholeFile);
    }

    /// <summary>The act, where the principal is its signatory and it is not signed yet; otherwise why not.</summary>
    private static async Task<((IssuedAct Act, Person Signatory)? Found, Refusal? Refusal)> SignableAsync(System.Data.Common.DbConnection connection, Principal principal, long actId, CancellationToken cancellationToken)
    {
        var act = await ActRows.SingleAsync(connection, null, "id = @id", [("id", actId)], cancellationToken).ConfigureAwait(false);
        if (act is null)
        {
            return (null, Refusal.Missing($"no act in the register has the id {actId}"));
        }

        var (signatory, _, refusal) = await ActSignatory.ResolveAsync(connection, null, principal, act, cancellationToken).ConfigureAwait(false);
        if (signatory is null)
        {
            return (null, refusal);
        }

        return await ActSignatureRows.ExistsAsync(connection, null, act.Id, cancellationToken).ConfigureAwait(false)
            ? (null, Refusal.State($"act {act.RegistrationNumber} is signed already: its signed PDF is its document"))
            : ((act, signatory), null);
    }

    private static AttachOutcome.Rejected Rejected(string code, string message) => new(new SignatureRejection(code, message));

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
