using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// Walks the audit chain — sequence 1..N, each entry's previous hash and its own hash recomputed — and
/// then re-checks the stored rows against their entries: every act row against its issue entry and
/// its last status entry, template versions against their publication or proposal and approval
/// (<see cref="TemplateAudit"/>), drafts against their last change (<see cref="DraftAudit"/>), offices and
/// people against theirs (<see cref="DirectoryAudit"/>), and the other way round, so a row changed, added
/// or deleted behind the application's back is found.
/// Reports the first break in chain order.
/// </summary>
internal static class AuditVerifier
{
    public static async Task<AuditReport> VerifyAsync(IRegisterStore store, string? expectedHead, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var entries = await Sql.ListAsync(
            connection,
            null,
            "SELECT seq, occurred_at, actor, action, subject, payload, previous_hash, hash, principal FROM audit_log ORDER BY seq",
            null,
            reader => new AuditEntry(
                reader.Int64("seq"),
                reader.Timestamp("occurred_at"),
                reader.Text("actor"),
                reader.Text("action"),
                reader.Text("subject"),
                reader.Text("payload"),
                reader.Text("previous_hash"),
                reader.Text("hash"),
                reader.NullableText("principal")),
            cancellationToken).ConfigureAwait(false);
        var head = entries.Count > 0 ? entries[^1].Hash : string.Empty;
        var broken = Chain(entries)
            ?? await Head(connection, entries, cancellationToken).ConfigureAwait(false)
            ?? Expected(entries, expectedHead)
            ?? await Rows(connection, entries, cancellationToken).ConfigureAwait(false);
        return new AuditReport(entries.Count, head, broken);
    }

    private static AuditBreak? Chain(List<AuditEntry> entries)
    {
        var previous = string.Empty;
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            if (entry.Seq != index + 1)
            {
                return new AuditBreak(index + 1, entries[index].Subject, $"entry {index + 1} is missing (the next stored is {entry.Seq})");
            }

            if (entry.PreviousHash != previous)
            {
                return new AuditBreak(entry.Seq, entry.Subject, "its previous hash is not the hash of the entry before it");
            }

            if (AuditChain.Hash(entry.Seq, entry.OccurredAt, entry.Actor, entry.Action, entry.Subject, entry.Payload, entry.PreviousHash, entry.Principal) != entry.Hash)
            {
                return new AuditBreak(entry.Seq, entry.Subject, "its content does not match its hash (the entry was changed)");
            }

            if (AuditAuthority.Problem(entry) is { } problem)
            {
                return new AuditBreak(entry.Seq, entry.Subject, problem);
            }

            previous = entry.Hash;
        }

        return null;
    }

    private static async Task<AuditBreak?> Head(DbConnection connection, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var heads = await Sql.ListAsync(connection, null, "SELECT last_seq, last_hash FROM audit_head WHERE id = 1", null, reader => (Seq: reader.Int64("last_seq"), Hash: reader.Text("last_hash")), cancellationToken).ConfigureAwait(false);
        if (heads.Count != 1)
        {
            return new AuditBreak(null, "audit_head", "the chain's head row is missing");
        }

        var (seq, hash) = heads[0];
        var last = entries.Count > 0 ? entries[^1] : null;
        if (seq == (last?.Seq ?? 0) && hash == (last?.Hash ?? string.Empty))
        {
            return null;
        }

        return seq > (last?.Seq ?? 0)
            ? new AuditBreak((last?.Seq ?? 0) + 1, "audit_head", $"entries {(last?.Seq ?? 0) + 1}..{seq} are missing from the end of the chain")
            : new AuditBreak(last?.Seq, last?.Subject ?? "audit_head", "the chain's head does not name the last entry");
    }

    private static AuditBreak? Expected(List<AuditEntry> entries, string? expectedHead)
    {
        if (string.IsNullOrEmpty(expectedHead) || entries.Any(entry => string.Equals(entry.Hash, expectedHead, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new AuditBreak((entries.Count > 0 ? entries[^1].Seq : 0) + 1, "audit_head", $"no entry has the hash {expectedHead} recorded earlier: entries were removed from the end of the chain");
    }

    private static async Task<AuditBreak?> Rows(DbConnection connection, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var problems = new List<AuditBreak>();
        List<IssuedAct> acts;
        try
        {
            acts = await ActRows.SelectAsync(connection, null, "1 = 1", [], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RegisterException or FormatException or InvalidCastException or OverflowException)
        {
            return new AuditBreak(null, "issued_acts", $"the stored acts cannot be read: {exception.Message}");
        }

        var actsById = acts.ToDictionary(act => act.Id);
        var issues = new Dictionary<long, AuditEntry>();
        var lastStatus = new Dictionary<long, AuditEntry>();
        foreach (var entry in entries)
        {
            try
            {
                Record(entry, actsById, issues, lastStatus, problems);
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "its payload is not what the register writes"));
            }
        }

        foreach (var act in acts)
        {
            if (!issues.ContainsKey(act.Id))
            {
                problems.Add(new AuditBreak(null, act.RegistrationNumber, $"act id {act.Id} is in the register without an audit entry"));
                continue;
            }

            if (lastStatus.TryGetValue(act.Id, out var status))
            {
                if (AuditPayloads.Status(act) != status.Payload)
                {
                    problems.Add(new AuditBreak(status.Seq, status.Subject, $"the act's status differs from the last recorded change ({Differences(status.Payload, AuditPayloads.Status(act))})"));
                }
            }
            else if (act.Status != ActStatus.Issued || act.AnswerDate is not null || act.AnswerNumber is not null || act.RecoveredAmount is not null || act.StatusChangedBy is not null)
            {
                problems.Add(new AuditBreak(issues[act.Id].Seq, act.RegistrationNumber, "the act's status was changed without an audit entry"));
            }
        }

        foreach (var (id, status) in lastStatus.Where(pair => !actsById.ContainsKey(pair.Key) && !issues.ContainsKey(pair.Key)))
        {
            problems.Add(new AuditBreak(status.Seq, status.Subject, $"act id {id} changed here was never issued"));
        }

        problems.AddRange(await TemplateAudit.CheckAsync(connection, entries, cancellationToken).ConfigureAwait(false));
        problems.AddRange(await DraftAudit.CheckAsync(connection, entries, cancellationToken).ConfigureAwait(false));
        problems.AddRange(await DirectoryAudit.CheckAsync(connection, entries, acts, cancellationToken).ConfigureAwait(false));
        problems.AddRange(await ClientAudit.CheckAsync(connection, entries, cancellationToken).ConfigureAwait(false));

        return problems.OrderBy(problem => problem.Seq ?? long.MaxValue).FirstOrDefault();
    }

    private static void Record(
        AuditEntry entry,
        Dictionary<long, IssuedAct> actsById,
        Dictionary<long, AuditEntry> issues,
        Dictionary<long, AuditEntry> lastStatus,
        List<AuditBreak> problems)
    {
        using var payload = JsonDocument.Parse(entry.Payload);
        var root = payload.RootElement;
        switch (entry.Action)
        {
            case AuditEntry.Issue:
                var id = root.GetProperty("act").GetInt64();
                issues[id] = entry;
                if (!actsById.TryGetValue(id, out var act))
                {
                    problems.Add(new AuditBreak(entry.Seq, entry.Subject, "the act it records is not in the register (deleted)"));
                }
                else if (AuditPayloads.Issue(act) != entry.Payload)
                {
                    problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"the stored act differs from what was issued ({Differences(entry.Payload, AuditPayloads.Issue(act))})"));
                }

                break;
            case AuditEntry.Status:
                lastStatus[root.GetProperty("act").GetInt64()] = entry;
                break;
            case AuditEntry.Publish or AuditEntry.ProposeTemplate or AuditEntry.ApproveTemplate:
                // Template versions are checked by TemplateAudit.
                break;
            case AuditEntry.RegisterOffice or AuditEntry.AddPerson or AuditEntry.DisablePerson or AuditEntry.ChangeRoles or AuditEntry.ChangePassword
                or AuditEntry.AddClient or AuditEntry.RevokeClient or AuditEntry.RememberAnswer:
                // Offices and people are checked by DirectoryAudit, clients by ClientAudit; remembered answers are only chained so far.
                break;
            case AuditEntry.Draft or AuditEntry.Submit or AuditEntry.Return or AuditEntry.Sign or AuditEntry.Approve:
                // Drafts are checked by DraftAudit.
                break;
            default:
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"unknown action '{entry.Action}'"));
                break;
        }
    }

    /// <summary>The top-level fields in which two canonical payloads differ: "actSha256, dueDate".</summary>
    public static string Differences(string recorded, string stored)
    {
        using var left = JsonDocument.Parse(recorded);
        using var right = JsonDocument.Parse(stored);
        var names = left.RootElement.EnumerateObject()
            .Where(property => !right.RootElement.TryGetProperty(property.Name, out var other) || other.GetRawText() != property.Value.GetRawText())
            .Select(property => property.Name)
            .ToList();
        return names.Count > 0 ? $"differs in: {string.Join(", ", names)}" : "differs";
    }
}
