using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The indicators asked of the database: counts by COUNT and SUM over CASE, acts per kind by GROUP BY, and
/// the sums for the state added in C# from a stream of four short columns.
/// </summary>
/// <remarks>
/// Sums stay exact decimals. SQLite keeps them as decimal text, and its SUM and MAX would read that text as
/// floating point (and MAX compares text: "900.00" above "1000.00"); PostgreSQL's numeric would be exact, but
/// one way for both is worth more than the difference. So the acts on proceedings for the state are read
/// ordered by office and proceeding, only their office, proceeding number and two sums, and each
/// proceeding's largest sums are added as <see cref="decimal"/> when the next proceeding begins: memory is
/// one proceeding, whatever the period holds. Storing whole tiyn as integers would let the database add,
/// at the price of a second form of every sum and a migration of the stored ones; there are few such acts.
/// </remarks>
internal static class IndicatorCounts
{
    public static async Task<Indicators> ComputeAsync(DbConnection connection, IndicatorQuery query, IReadOnlyCollection<string>? visible, DateOnly asOf, CancellationToken cancellationToken)
    {
        var period = ActFilter.Of(new RegisterQuery { OfficeCode = query.OfficeCode, DateFrom = query.From, DateTo = query.To, VisibleOffices = visible });
        var counts = period.With(("asOf", asOf));
        const string Closed = "status IN ('executed', 'answered')";
        var totals = await Sql.ListAsync(
            connection,
            null,
            "SELECT COUNT(*) AS issued, COUNT(due_date) AS with_term, " +
            $"COALESCE(SUM(CASE WHEN due_date IS NOT NULL AND {Closed} AND answer_date <= due_date THEN 1 ELSE 0 END), 0) AS on_time, " +
            $"COALESCE(SUM(CASE WHEN due_date IS NOT NULL AND {Closed} AND answer_date > due_date THEN 1 ELSE 0 END), 0) AS late, " +
            $"COALESCE(SUM(CASE WHEN {OpenActs.Overdue} THEN 1 ELSE 0 END), 0) AS overdue, " +
            "COALESCE(SUM(CASE WHEN status = 'issued' AND due_date >= @asOf THEN 1 ELSE 0 END), 0) AS in_term, " +
            "COALESCE(SUM(CASE WHEN status = 'withdrawn' THEN 1 ELSE 0 END), 0) AS withdrawn " +
            $"FROM issued_acts WHERE {counts.Where}",
            counts.Parameters,
            reader => (Issued: reader.Int32("issued"), WithTerm: reader.Int32("with_term"), OnTime: reader.Int32("on_time"), Late: reader.Int32("late"),
                Overdue: reader.Int32("overdue"), InTerm: reader.Int32("in_term"), Withdrawn: reader.Int32("withdrawn")),
            cancellationToken).ConfigureAwait(false);
        var byKind = await Sql.ListAsync(
            connection,
            null,
            $"SELECT kind, COUNT(*) AS acts FROM issued_acts WHERE {period.Where} GROUP BY kind",
            period.Parameters,
            reader => (Kind: reader.Text("kind"), Acts: reader.Int32("acts")),
            cancellationToken).ConfigureAwait(false);
        var (issued, withTerm, onTime, late, overdue, inTerm, withdrawn) = totals[0];
        var p17 = await Proceedings.P17Async(connection, new P17Query(query.OfficeCode, query.From, query.To), visible, cancellationToken).ConfigureAwait(false);
        return new Indicators
        {
            Query = query,
            AsOf = asOf,
            Issued = issued,
            IssuedByKind = byKind
                .Select(row => (Kind: EnumNames.TryParse<ActKind>(row.Kind, out var kind) ? kind : throw RegisterException.Damaged($"the register holds '{row.Kind}' in kind, which this program does not know"), row.Acts))
                .OrderBy(row => row.Kind)
                .ToDictionary(row => row.Kind, row => row.Acts),
            WithTerm = withTerm,
            OnTime = onTime,
            Late = late,
            Overdue = overdue,
            InTerm = inTerm,
            Withdrawn = withdrawn,
            State = await StateAsync(connection, period, cancellationToken).ConfigureAwait(false),
            P17 = p17,
            NotComputable = p17.Total.Any
                ? []
                :
                [
                    "p. 17, execution of the prosecutor's claims: no enforcement proceeding on the prosecutor's claims is tracked for the office and period (controllers enter them: POST /api/proceedings)",
                    "p. 17, execution in favour of the state is counted over the proceedings the acts were brought on; whether each had its execution term violated is recorded only for tracked proceedings, and none is tracked for the office and period",
                ],
        };
    }

    /// <summary>Per proceeding for the state (office and number), its largest sum to collect and largest collected sum, added up.</summary>
    private static async Task<StateRecovery> StateAsync(DbConnection connection, ActFilter period, CancellationToken cancellationToken)
    {
        var state = period.And("creditor_kind = @stateCreditor AND claim_amount IS NOT NULL AND proceeding_number IS NOT NULL", ("stateCreditor", EnumNames.Of(PartyKind.State)));
        await using var command = Sql.Command(
            connection,
            null,
            $"SELECT office_code, proceeding_number, claim_amount, recovered_amount FROM issued_acts WHERE {state.Where} ORDER BY office_code, proceeding_number",
            state.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var proceedings = 0;
        decimal toCollect = 0, collected = 0;
        (string Office, string Number)? current = null;
        decimal claim = 0, recovered = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = (reader.Text("office_code"), reader.Text("proceeding_number"));
            var rowClaim = reader.NullableDecimal("claim_amount")!.Value;
            var rowRecovered = reader.NullableDecimal("recovered_amount") ?? 0m;
            if (current == key)
            {
                (claim, recovered) = (Math.Max(claim, rowClaim), Math.Max(recovered, rowRecovered));
                continue;
            }

            if (current is not null)
            {
                (proceedings, toCollect, collected) = (proceedings + 1, toCollect + claim, collected + recovered);
            }

            (current, claim, recovered) = (key, rowClaim, rowRecovered);
        }

        return current is null ? new StateRecovery(0, 0, 0) : new StateRecovery(proceedings + 1, toCollect + claim, collected + recovered);
    }
}
