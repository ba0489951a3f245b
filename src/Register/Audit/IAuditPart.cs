using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// One part of <c>audit verify</c>'s check of the stored rows: it takes in the entries of its actions as
/// the chain streams past (keeping small state per subject, never the chain), then reads its rows and
/// compares them with what it kept, both ways: a row changed, added or deleted behind the application's
/// back is a break.
/// </summary>
internal interface IAuditPart
{
    /// <summary>Whether entries of the action are this part's.</summary>
    bool Records(string action);

    /// <summary>Takes in one of its entries (in chain order) with its parsed payload.</summary>
    /// <exception cref="KeyNotFoundException">The payload lacks a field the register writes.</exception>
    /// <exception cref="InvalidOperationException">A field has another JSON type than the register writes.</exception>
    void Record(AuditEntry entry, JsonElement payload, AuditFindings findings);

    /// <summary>Reads its rows and compares them with the entries taken in.</summary>
    Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken);
}
