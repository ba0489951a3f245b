using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that checks the history of recovered sums both ways: every stored figure must be the
/// one the last "record-recovery" entry of its proceeding and day recorded, and every recorded figure must be stored.
/// The figure migration 15 made of a proceeding's recovered sum has no entry of its own: it is vouched for by the last
/// proceeding entry written before the history (the one without "recoveredOn"), whose sum, writer and instant it
/// carries, dated the day of that instant in Kazakhstan; where that sum was 0 there is no such figure.
/// </summary>
internal sealed class RecoveryAudit : IAuditPart
{
    private readonly Dictionary<(long Proceeding, DateOnly AsOf), (long Seq, string Payload)> _recorded = [];

    /// <summary>Per proceeding, the figure its last entry before the history vouches for (null: none, its sum was 0).</summary>
    private readonly Dictionary<long, (long Seq, RecoveryFigure? Figure)> _vouched = [];

    public bool Records(string action) => action is AuditEntry.RecordRecovery or AuditEntry.TrackProceeding or AuditEntry.ChangeProceeding;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        if (entry.Action == AuditEntry.RecordRecovery)
        {
            var day = DateOnly.ParseExact(payload.GetProperty("asOf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            _recorded[(payload.GetProperty("proceeding").GetInt64(), day)] = (entry.Seq, entry.Payload);
            return;
        }

        if (payload.TryGetProperty("recoveredOn", out _))
        {
            return;
        }

        // A proceeding entry written before the history: the figure migration 15 took from it, where it had one.
        var id = payload.GetProperty("id").GetInt64();
        var sum = payload.GetProperty("recovered").GetString()!;
        if (sum.Length == 0 || decimal.Parse(sum, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) == 0)
        {
            _vouched[id] = (entry.Seq, null);
            return;
        }

        var changedBy = payload.GetProperty("changedBy").GetString()!;
        var by = changedBy.Length > 0 ? changedBy : payload.GetProperty("enteredBy").GetString()!;
        var at = DateTimeOffset.Parse(changedBy.Length > 0 ? payload.GetProperty("changedAt").GetString()! : payload.GetProperty("enteredAt").GetString()!, CultureInfo.InvariantCulture);
        var figure = new RecoveryFigure(id, RecoveryFigure.DayOf(at), Tiyn.Of(decimal.Parse(sum, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)), by, at);
        _vouched[id] = (entry.Seq, figure);
    }

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        var rows = (await RecoveryRows.AllAsync(connection, snapshot, cancellationToken).ConfigureAwait(false))
            .ToDictionary(row => (row.ProceedingId, row.AsOf));
        // Every figure recorded after the history began outranks the one a proceeding entry before it vouches for.
        var expected = new Dictionary<(long Proceeding, DateOnly AsOf), (long Seq, string Payload, bool Own)>();
        foreach (var (id, (seq, figure)) in _vouched)
        {
            if (figure is not null)
            {
                expected[(id, figure.AsOf)] = (seq, figure.Payload, false);
            }
        }

        foreach (var (key, (seq, payload)) in _recorded)
        {
            expected[key] = (seq, payload, true);
        }

        foreach (var (key, (seq, payload, own)) in expected)
        {
            if (!rows.TryGetValue(key, out var row))
            {
                findings.Add(seq, ProceedingAudit.Subject(key.Proceeding), $"the sum recovered as of {Canonical.Date(key.AsOf)} that it records is not in the register (deleted)");
            }
            else if (row.Payload != payload)
            {
                findings.Add(seq, ProceedingAudit.Subject(key.Proceeding), $"the stored sum recovered as of {Canonical.Date(key.AsOf)} differs from the one recorded", own ? row.Payload : null);
            }
        }

        foreach (var row in rows.Values.Where(row => !expected.ContainsKey((row.ProceedingId, row.AsOf))))
        {
            findings.Add(null, row.Subject, $"a sum recovered as of {Canonical.Date(row.AsOf)} is in the register without an audit entry");
        }
    }
}
