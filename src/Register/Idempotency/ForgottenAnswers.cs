namespace Supervision.Register;

/// <summary>
/// Remembered answers are kept for a time (<see cref="RegisterOptions.KeepAnswersFor"/>, at least the 24 hours
/// the service promises a retry) and then forgotten: deleted in one write transaction that holds the audit
/// chain's head, with one "forget-answers" entry naming the instant before which they were created and how
/// many there were. <c>audit verify</c> replays that entry, so an answer deleted behind the application's back
/// (a retry would issue a second act) is still found: the count would not match the answers the chain
/// remembered before that instant.
/// </summary>
internal static class ForgottenAnswers
{
    /// <summary>The shortest time an answer is kept: a client may retry for 24 hours.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromHours(24);

    /// <summary>Deletes the answers created before <c>now − keptFor</c> (<paramref name="keptFor"/> is at least
    /// <see cref="Shortest"/>: the register does not open otherwise); returns how many (0 writes nothing, not even an entry).</summary>
    public static Task<int> ForgetAsync(IRegisterStore store, TimeSpan keptFor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = Canonical.Truncate(now - keptFor);
        return AuditedWrite.RunAsync(
            store,
            async (connection, transaction) =>
            {
                // Under the head's lock no answer is added meanwhile, so the rows deleted are the count the entry gives.
                var count = await Sql.ExecuteAsync(connection, transaction, "DELETE FROM idempotency_records WHERE created_at < @before", [("before", before)], cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    return (0, false);
                }

                await AuditChain.AppendAsync(
                    store,
                    connection,
                    transaction,
                    (Actor, AuditEntry.ForgetAnswers, $"answers before {Canonical.Instant(before)}", AuditPayloads.ForgetAnswers(before, count), Canonical.Truncate(now)),
                    cancellationToken).ConfigureAwait(false);
                return (count, true);
            },
            cancellationToken);
    }

    /// <summary>Who the entry names: the register itself, keeping its promise, not a person.</summary>
    public const string Actor = "register";
}
