using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that checks numbering: per office and printed year (what the number
/// prints, as <c>number_sequences</c> keys it), the acts' sequence numbers must be exactly 1..N and the
/// counter must stand at N. A counter moved forward (numbers that would be skipped), moved back (a number
/// that would be given twice), missing, or a gap in the numbers (an act deleted, its entries re-chained)
/// is a break. The database counts; only a broken office's numbers are read one by one. From the chain it
/// keeps, per office and printed year, the highest number issued and the entry that issued it: a counter
/// that does not stand there is blamed on that entry.
/// </summary>
internal sealed class NumberAudit(ActAudit acts) : IAuditPart
{
    private readonly Dictionary<(string Office, int Printed), (long Sequence, long Seq)> _issued = [];

    public bool Records(string action) => action == AuditEntry.Issue;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        var key = (payload.GetProperty("office").GetString()!, payload.GetProperty("year").GetInt32() % 100);
        var sequence = payload.GetProperty("sequence").GetInt64();
        if (!_issued.TryGetValue(key, out var highest) || sequence > highest.Sequence)
        {
            _issued[key] = (sequence, entry.Seq);
        }
    }

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        var groups = await Sql.ListAsync(
            connection,
            snapshot,
            "SELECT office_code, year % 100 AS printed, COUNT(*) AS acts, COUNT(DISTINCT sequence) AS numbers, MIN(sequence) AS first, MAX(sequence) AS last " +
            "FROM issued_acts GROUP BY office_code, year % 100",
            null,
            reader => (Office: reader.Text("office_code"), Printed: reader.Int32("printed"), Acts: reader.Int64("acts"), Numbers: reader.Int64("numbers"), First: reader.Int64("first"), Last: reader.Int64("last")),
            cancellationToken).ConfigureAwait(false);
        var counters = (await Sql.ListAsync(
            connection,
            snapshot,
            "SELECT office_code, printed_year, last_sequence FROM number_sequences",
            null,
            reader => (Office: reader.Text("office_code"), Printed: reader.Int32("printed_year"), Last: reader.Int64("last_sequence")),
            cancellationToken).ConfigureAwait(false)).ToDictionary(counter => (counter.Office, counter.Printed), counter => counter.Last);
        foreach (var group in groups)
        {
            var name = Name(group.Office, group.Printed);
            if (group.First != 1 || group.Numbers != group.Acts || group.Last != group.Acts)
            {
                await GapAsync(connection, snapshot, group.Office, group.Printed, findings, cancellationToken).ConfigureAwait(false);
            }

            if (!counters.Remove((group.Office, group.Printed), out var counter))
            {
                Blame(group.Office, group.Printed, group.Last, findings, $"the counter of {name} is missing, but its acts are numbered up to {group.Last}: the next act would take number 1 again");
            }
            else if (counter != group.Last)
            {
                var consequence = counter > group.Last
                    ? $"numbers {group.Last + 1}..{counter} would be skipped"
                    : $"the next act would take number {counter + 1}, which an act holds already";
                Blame(group.Office, group.Printed, group.Last, findings, $"the counter of {name} stands at {counter}, but its last act has number {group.Last}: {consequence}");
            }
        }

        foreach (var ((office, printed), counter) in counters.Where(pair => pair.Value != 0))
        {
            Blame(office, printed, 0, findings, $"the counter of {Name(office, printed)} stands at {counter}, but no act it numbered is in the register");
        }
    }

    /// <summary>Adds a break at the entry that issued the highest number of the sequence; at the sequence
    /// itself where no entry did, or where acts stored above that number have no entry (they are the break).</summary>
    private void Blame(string office, int printed, long lastStored, AuditFindings findings, string reason)
    {
        if (_issued.TryGetValue((office, printed), out var highest) && highest.Sequence >= lastStored)
        {
            findings.Add(highest.Seq, null, reason);
        }
        else
        {
            findings.Add(null, $"numbers {Name(office, printed)}", reason);
        }
    }

    /// <summary>"numbers 2-11-26": an office's sequence for a printed year, as its numbers begin.</summary>
    private static string Name(string office, int printed) => $"{office}-{printed.ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>Finds the first number missing or given twice in a sequence and blames the act that follows it.</summary>
    private async Task GapAsync(DbConnection connection, DbTransaction snapshot, string office, int printed, AuditFindings findings, CancellationToken cancellationToken)
    {
        (long Id, long Sequence, string Number, string Reason)? found = null;
        await using (var command = Sql.Command(connection, snapshot, "SELECT id, sequence, registration_number FROM issued_acts WHERE office_code = @office AND year % 100 = @printed ORDER BY sequence, id", [("office", office), ("printed", printed)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var expected = 1L; found is null && await reader.ReadAsync(cancellationToken).ConfigureAwait(false); expected++)
            {
                var (id, sequence, number) = (reader.Int64("id"), reader.Int64("sequence"), reader.Text("registration_number"));
                found = sequence == expected ? null
                    : sequence < expected ? (id, sequence, number, $"number {sequence} of {Name(office, printed)} is given twice")
                    : (id, sequence, number, expected == sequence - 1
                        ? $"number {expected} of {Name(office, printed)} is missing before this act (an act deleted)"
                        : $"numbers {expected}..{sequence - 1} of {Name(office, printed)} are missing before this act (acts deleted)");
            }
        }

        if (found is { } gap)
        {
            var seq = acts.IssueSeqOf(gap.Id);
            findings.Add(seq == 0 ? null : seq, seq == 0 ? gap.Number : null, gap.Reason);
        }
    }
}
