using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// What a writer who holds the database does to the audit trail to hide a change: rewrites an entry's
/// payload, deletes entries, and re-chains the log from the first entry — renumbering it 1..N and computing
/// every hash again, with plain SHA-256 (he has no key) or with a stolen key.
/// </summary>
internal static class ChainForger
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Sets an entry's payload (as the register would write it for the forged row).</summary>
    public static async Task RewritePayloadAsync(TestRegister database, long seq, string payload)
    {
        await using var connection = await database.Register.Store.OpenAsync(Cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE audit_log SET payload = @payload WHERE seq = @seq";
        Add(command, "payload", payload);
        Add(command, "seq", seq);
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Cancellation));
    }

    /// <summary>Renumbers and re-hashes the whole chain and points the head at its new end.</summary>
    /// <param name="database">The register.</param>
    /// <param name="stolenKey">The key to hash with; null: plain SHA-256, as before keys.</param>
    /// <param name="register">The register to reach the database through; the test's first by default.</param>
    public static async Task RechainAsync(TestRegister database, AuditKey? stolenKey, ActRegister? register = null)
    {
        var store = (register ?? database.Register).Store;
        await using var connection = await store.OpenAsync(Cancellation);
        var entries = new List<AuditEntry>();
        for (var page = await AuditRows.PageAsync(connection, null, 0, Cancellation); page.Count > 0; page = await AuditRows.PageAsync(connection, null, page[^1].Seq, Cancellation))
        {
            entries.AddRange(page);
        }

        var (previous, next) = (string.Empty, 0L);
        foreach (var stored in entries)
        {
            var entry = stored with { Seq = ++next, PreviousHash = previous };
            var hash = stolenKey is null ? AuditChain.PlainHash(entry) : AuditChain.Hash(stolenKey, entry);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_log SET seq = @seq, previous_hash = @previous, hash = @hash WHERE seq = @old";
            Add(command, "seq", entry.Seq);
            Add(command, "previous", previous);
            Add(command, "hash", hash);
            Add(command, "old", stored.Seq);
            await command.ExecuteNonQueryAsync(Cancellation);
            previous = hash;
        }

        await using var head = connection.CreateCommand();
        head.CommandText = "UPDATE audit_head SET last_seq = @seq, last_hash = @hash WHERE id = 1";
        Add(head, "seq", next);
        Add(head, "hash", previous);
        await head.ExecuteNonQueryAsync(Cancellation);
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
