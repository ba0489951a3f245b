using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// Work a door adds to the write transaction that commits a decision on a draft, run after the decision's rows
/// and audit entry are written and before the commit: the seam through which a record of the door's own (the
/// answer to an idempotent request with its audit entry) is stored with the decision, all or nothing. It is
/// called only for an outcome the transaction commits (<see cref="DraftOutcome.Saved"/>, <see cref="DraftOutcome.Issued"/>);
/// a refusal commits nothing.
/// </summary>
/// <param name="connection">The decision's connection.</param>
/// <param name="transaction">The decision's write transaction, holding the audit chain's head.</param>
/// <param name="outcome">The outcome the commit makes true.</param>
/// <param name="cancellationToken">The decision's cancellation.</param>
public delegate Task AlsoStore(DbConnection connection, DbTransaction transaction, DraftOutcome outcome, CancellationToken cancellationToken);
