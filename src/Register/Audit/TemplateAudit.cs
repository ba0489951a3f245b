using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks template versions: every stored version against the
/// entry that published or proposed it (its text's hash, who, when), a proposal's approval against its
/// approval entry, and the other way round — a version without an entry, a proposal made live behind
/// the application's back (no approval entry) or an approval entry whose version is still pending.
/// </summary>
internal sealed class TemplateAudit : IAuditPart
{
    private readonly Dictionary<(string, int), AuditEntry> _publications = [];
    private readonly Dictionary<(string, int), AuditEntry> _approvals = [];

    public bool Records(string action) => action is AuditEntry.Publish or AuditEntry.ProposeTemplate or AuditEntry.ApproveTemplate;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        var key = (payload.GetProperty("path").GetString()!, payload.GetProperty("version").GetInt32());
        (entry.Action == AuditEntry.ApproveTemplate ? _approvals : _publications)[key] = entry;
    }

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        var versions = await Sql.ListAsync(
            connection,
            snapshot,
            "SELECT path, version, text, sha256, published_by, published_at, pending, approved_by, approved_at FROM template_versions",
            null,
            reader => (Version: TemplateVersions.ReadVersion(reader), Text: reader.Text("text")),
            cancellationToken).ConfigureAwait(false);
        var stored = versions.ToDictionary(row => (row.Version.Path, row.Version.Version));
        foreach (var (key, entry) in _publications)
        {
            if (!stored.TryGetValue(key, out var row))
            {
                findings.Add(entry.Seq, entry.Subject, "the template version it records is not in the register (deleted)");
            }
            else if (Canonical.Sha256(row.Text) != row.Version.Sha256 || AuditPayloads.Publish(row.Version) != entry.Payload)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored template text differs from what was published");
            }
            else if (Approval(entry, row.Version, _approvals.GetValueOrDefault(key)) is { } problem)
            {
                findings.Add(problem.Seq, problem.Subject, problem.Reason);
            }
        }

        foreach (var (key, entry) in _approvals.Where(pair => !_publications.TryGetValue(pair.Key, out var proposal) || proposal.Action != AuditEntry.ProposeTemplate))
        {
            findings.Add(entry.Seq, entry.Subject, $"it approves {key.Item1} version {key.Item2}, which was never proposed");
        }

        foreach (var row in versions.Where(row => !_publications.ContainsKey((row.Version.Path, row.Version.Version))))
        {
            findings.Add(null, $"{row.Version.Path}@{row.Version.Version}", "a template version is in the register without an audit entry");
        }
    }

    /// <summary>Whether the version's approval state is the one the trail records.</summary>
    private static AuditBreak? Approval(AuditEntry publication, TemplateVersion version, AuditEntry? approval)
    {
        if (publication.Action == AuditEntry.Publish)
        {
            return version.IsPending || version.ApprovedBy is not null || version.ApprovedAt is not null
                ? new AuditBreak(publication.Seq, publication.Subject, "the version was published live, but the register holds it as a proposal or approved")
                : null;
        }

        if (approval is null)
        {
            return version.IsPending && version.ApprovedBy is null && version.ApprovedAt is null
                ? null
                : new AuditBreak(publication.Seq, publication.Subject, "the proposal is live in the register without an approval entry");
        }

        return !version.IsPending && AuditPayloads.TemplateApproval(version) == approval.Payload
            ? null
            : new AuditBreak(approval.Seq, approval.Subject, $"the stored version differs from its approval ({AuditFindings.Differences(approval.Payload, AuditPayloads.TemplateApproval(version))})");
    }
}
