using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks the documents kept in the register (the issued PDFs): the
/// SHA-256 of each one's bytes must be the hash stored beside them, which <see cref="ActAudit"/> checks against
/// the act's issue entry, so bytes swapped or edited behind the application's back are a break at that entry,
/// naming the act. It takes in no entries of its own. The bytes are read a page of rows at a time and only their
/// hash is held, so memory stays one document whatever the register holds.
/// </summary>
internal sealed class KeptDocumentAudit(ActAudit acts) : IAuditPart
{
    /// <summary>How many documents one page reads: a PDF is some tens of kilobytes, a huge act's a few megabytes.</summary>
    private const int PageSize = 20;

    public bool Records(string action) => false;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
    }

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        for (var after = (ActId: 0L, Format: string.Empty); ;)
        {
            var page = await KeptDocumentRows.HashesAsync(connection, snapshot, after, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return;
            }

            foreach (var document in page.Where(document => document.ContentSha256 != document.Sha256))
            {
                var seq = acts.IssueSeqOf(document.ActId);
                findings.Add(
                    seq == 0 ? null : seq,
                    document.RegistrationNumber ?? $"act id {document.ActId}",
                    $"the {document.Format} kept for act {document.RegistrationNumber ?? $"id {document.ActId}"} does not have the SHA-256 stored at issue (its bytes were changed)");
            }

            after = (page[^1].ActId, page[^1].Format);
        }
    }
}
