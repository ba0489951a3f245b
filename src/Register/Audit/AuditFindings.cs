using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The breaks the verifier's parts find, of which only the first in chain order is kept (a break with no
/// entry comes after all that have one): a register changed everywhere costs no more memory than one
/// changed once. A break may leave its subject to its entry and carry the stored row's payload, so that
/// the report can name the fields that differ from the recorded one, read back only for that break.
/// </summary>
internal sealed class AuditFindings
{
    private (long Order, long? Seq, string? Subject, string Reason, string? Stored)? _first;

    /// <summary>Whether anything was found.</summary>
    public bool Any => _first is not null;

    /// <summary>Adds a break: at an entry (subject null: the entry's), or at a row with no entry (subject required).</summary>
    /// <param name="seq">The entry concerned, or null.</param>
    /// <param name="subject">What it is about; null to take the entry's subject.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="stored">The payload rebuilt from the stored row, where it differs from the entry's.</param>
    public void Add(long? seq, string? subject, string reason, string? stored = null)
    {
        var order = seq ?? long.MaxValue;
        if (_first is null || order < _first.Value.Order)
        {
            _first = (order, seq, subject ?? (seq is null ? "?" : null), reason, stored);
        }
    }

    /// <summary>The first break, completed from its entry; null where nothing was found.</summary>
    public async Task<AuditBreak?> FirstAsync(DbConnection connection, DbTransaction snapshot, CancellationToken cancellationToken)
    {
        if (_first is not { } first)
        {
            return null;
        }

        if (first.Seq is not { } seq)
        {
            return new AuditBreak(null, first.Subject!, first.Reason);
        }

        var entry = first.Subject is null || first.Stored is not null ? await AuditRows.FindAsync(connection, snapshot, seq, cancellationToken).ConfigureAwait(false) : null;
        var reason = first.Stored is not null && entry is not null ? $"{first.Reason} ({Differences(entry.Payload, first.Stored)})" : first.Reason;
        return new AuditBreak(seq, first.Subject ?? entry?.Subject ?? $"entry {seq}", reason);
    }

    /// <summary>The top-level fields in which two canonical payloads differ: "differs in: actSha256, dueDate".</summary>
    public static string Differences(string recorded, string stored)
    {
        try
        {
            using var left = JsonDocument.Parse(recorded);
            using var right = JsonDocument.Parse(stored);
            var names = left.RootElement.EnumerateObject()
                .Where(property => !right.RootElement.TryGetProperty(property.Name, out var other) || other.GetRawText() != property.Value.GetRawText())
                .Select(property => property.Name)
                .ToList();
            return names.Count > 0 ? $"differs in: {string.Join(", ", names)}" : "differs";
        }
        catch (JsonException)
        {
            return "differs";
        }
    }
}
