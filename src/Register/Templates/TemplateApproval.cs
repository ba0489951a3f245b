using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// Four eyes over the wording of acts: an editor's proposal stays pending, out of the live set, until
/// an editor other than its author approves it; the approval runs the linter again over the live set
/// of that moment, so a proposal that no longer fits what went live since is not approved.
/// </summary>
internal sealed partial class TemplateVersions
{
    private const string VersionColumns = "path, version, sha256, published_by, published_at, pending, approved_by, approved_at";

    /// <summary>Approves a pending version: it becomes live, and the approval is audited with its principal.</summary>
    public async Task<PublishOutcome> ApproveAsync(Actor approver, string path, int version, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var proposal = await VersionAsync(connection, null, path, version, cancellationToken).ConfigureAwait(false);
        if (proposal is null)
        {
            return new PublishOutcome.Refused(Refusal.Missing($"{path} has no version {version}"));
        }

        if (!proposal.IsPending)
        {
            return new PublishOutcome.Refused(Refusal.State($"{path} version {version} is not awaiting approval"));
        }

        if (string.Equals(proposal.PublishedBy, approver.Name, StringComparison.Ordinal))
        {
            return new PublishOutcome.Refused(Refusal.Forbid($"{approver.Name} proposed {path} version {version}: another editor approves it"));
        }

        var live = await LiveAsync(connection, null, cancellationToken).ConfigureAwait(false);
        if (live.TryGetValue(path, out var current) && current > version)
        {
            return new PublishOutcome.Refused(Refusal.State($"{path} version {current}, newer than the proposal, is live"));
        }

        var text = await TextAsync(connection, null, new TemplateUse(path, version), cancellationToken).ConfigureAwait(false)
            ?? throw RegisterException.Damaged($"the register has no text of {path} version {version}: run audit verify");
        var problems = await LintAsync(connection, live, path, text, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return new PublishOutcome.Rejected(problems);
        }

        await using var transaction = await store.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await AuditChain.LockHeadAsync(store, connection, transaction, cancellationToken).ConfigureAwait(false);
        if (!SameVersions(live, await LiveAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
            || await VersionAsync(connection, transaction, path, version, cancellationToken).ConfigureAwait(false) is not { IsPending: true })
        {
            return new PublishOutcome.Refused(Refusal.State("templates were being published at the same time; approve again"));
        }

        var approved = proposal with { IsPending = false, IsLive = true, ApprovedBy = approver.Name, ApprovedAt = Canonical.Truncate(clock.GetUtcNow()) };
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "UPDATE template_versions SET pending = @pending, approved_by = @by, approved_at = @at WHERE path = @path AND version = @version",
            [("pending", false), ("by", approved.ApprovedBy), ("at", approved.ApprovedAt), ("path", path), ("version", version)],
            cancellationToken).ConfigureAwait(false);
        await AuditChain.AppendAsync(
            store,
            connection,
            transaction,
            approver.Recorded,
            (AuditEntry.ApproveTemplate, $"{path}@{version}", AuditPayloads.TemplateApproval(approved), approved.ApprovedAt!.Value),
            cancellationToken).ConfigureAwait(false);
        await RegisterTimings.CommitAsync(transaction, cancellationToken).ConfigureAwait(false);
        _live = null;
        return new PublishOutcome.Published(approved);
    }

    /// <summary>The version of a file awaiting approval, or null.</summary>
    private static async Task<int?> PendingAsync(DbConnection connection, DbTransaction? transaction, string path, CancellationToken cancellationToken)
    {
        var pending = await Sql.ScalarAsync(connection, transaction, "SELECT MAX(version) FROM template_versions WHERE path = @path AND pending", [("path", path)], cancellationToken).ConfigureAwait(false);
        return pending is null ? null : Convert.ToInt32(pending, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<TemplateVersion?> VersionAsync(DbConnection connection, DbTransaction? transaction, string path, int version, CancellationToken cancellationToken)
    {
        var rows = await Sql.ListAsync(
            connection,
            transaction,
            $"SELECT {VersionColumns} FROM template_versions WHERE path = @path AND version = @version",
            [("path", path), ("version", version)],
            ReadVersion,
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>A version row; <see cref="TemplateVersion.IsLive"/> is left to the caller, who knows the other versions.</summary>
    internal static TemplateVersion ReadVersion(DbDataReader reader) => new(
        reader.Text("path"),
        reader.Int32("version"),
        reader.Text("sha256"),
        reader.Text("published_by"),
        reader.Timestamp("published_at"),
        IsLive: false,
        IsPending: reader.Flag("pending"),
        ApprovedBy: reader.NullableText("approved_by"),
        ApprovedAt: reader.NullableTimestamp("approved_at"));
}
