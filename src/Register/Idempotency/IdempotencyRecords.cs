using Supervision.Acts;

using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// The rows of <c>idempotency_records</c>, read and written inside the transaction of the operation they
/// answer: looked up at its start (after a lock that orders writers, so a concurrent duplicate in another
/// process waits and then finds the first answer) and written, with an audit entry, just before it commits.
/// Rows are kept for <see cref="RegisterOptions.KeepAnswersFor"/> (at least the 24 hours the service promises),
/// then forgotten (<see cref="ForgottenAnswers"/>).
/// </summary>
internal static class IdempotencyRecords
{
    /// <summary>The principal as the records name it: keys are the client's own, so unique per principal ("person:a.seitova", "client:erp").</summary>
    public static string PrincipalName(Principal principal) => $"{EnumNames.Of(principal.Kind)}:{principal.Name}";

    /// <summary>What the key already answers, or null: the first answer where the request is the same, a reuse where it is not.</summary>
    public static async Task<Remembered<T>?> PriorAsync<T>(DbConnection connection, DbTransaction transaction, Principal principal, IdempotentRequest<T>? request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return null;
        }

        var found = await Sql.ListAsync(
            connection,
            transaction,
            "SELECT principal, key, operation, request_sha256, status_code, content_type, answer, created_at FROM idempotency_records WHERE principal = @principal AND key = @key",
            [("principal", PrincipalName(principal)), ("key", request.Key)],
            reader => new IdempotencyRecord(
                reader.Text("principal"),
                reader.Text("key"),
                reader.Text("operation"),
                reader.Text("request_sha256"),
                reader.Int32("status_code"),
                reader.Text("content_type"),
                reader.Text("answer"),
                reader.Timestamp("created_at")),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null
            : found[0].Operation == request.Operation && found[0].RequestSha256 == request.RequestSha256 ? new Remembered<T>.Replayed(found[0])
            : new Remembered<T>.KeyReused(found[0]);
    }

    /// <summary>
    /// The one call at the point an operation commits: where a key was given and the operation commits, its
    /// answer is made from the outcome and stored with an audit entry in the operation's transaction (the
    /// caller commits); a refusal rolls back and is not remembered.
    /// </summary>
    public static async Task<Remembered<T>> RememberAsync<T>(
        IRegisterStore store,
        DbConnection connection,
        DbTransaction transaction,
        Principal principal,
        IdempotentRequest<T>? request,
        (T Outcome, bool Commit, DateTimeOffset At) done,
        CancellationToken cancellationToken)
    {
        if (request is null || !done.Commit)
        {
            return new Remembered<T>.Fresh(done.Outcome, null);
        }

        var answer = await request.Answer(done.Outcome).ConfigureAwait(false);
        var record = new IdempotencyRecord(PrincipalName(principal), request.Key, request.Operation, request.RequestSha256, answer.StatusCode, answer.ContentType, answer.Body, Canonical.Truncate(done.At));
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO idempotency_records (principal, key, operation, request_sha256, status_code, content_type, answer, created_at) " +
            "VALUES (@principal, @key, @operation, @request, @status, @type, @answer, @at)",
            [
                ("principal", record.Principal), ("key", record.Key), ("operation", record.Operation), ("request", record.RequestSha256),
                ("status", record.StatusCode), ("type", record.ContentType), ("answer", record.Answer), ("at", record.CreatedAt),
            ],
            cancellationToken).ConfigureAwait(false);
        await AuditChain.AppendAsync(store, connection, transaction, principal, (AuditEntry.RememberAnswer, $"answer {record.Key}", AuditPayloads.RememberAnswer(record), record.CreatedAt), cancellationToken).ConfigureAwait(false);
        return new Remembered<T>.Fresh(done.Outcome, answer);
    }
}
