using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The machine clients of the register (<see cref="ActRegister.Clients"/>): other systems that send an
/// <c>X-Api-Key</c>. Each has a name, an optional office and scopes; its key is shown once when it is
/// added and stored only as a digest (<see cref="ClientKeys"/>). Adding and revoking are audited. No
/// scope lets a client sign, approve, publish or change an act's status: those need a person.
/// </summary>
public sealed class Clients
{
    private readonly IRegisterStore _store;
    private readonly TimeProvider _clock;

    internal Clients(IRegisterStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    /// <summary>Every client, revoked ones included, by name.</summary>
    public async Task<IReadOnlyList<Client>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ClientRows.SelectAsync(connection, null, "1 = 1", [], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The client a presented key belongs to, unless revoked; null for any other key.</summary>
    public async Task<Client?> AuthenticateAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!ClientKeys.LooksLikeKey(key))
        {
            return null;
        }

        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await ClientRows.SelectAsync(connection, null, "key_sha256 = @key AND revoked_at IS NULL", [("key", ClientKeys.Digest(key))], cancellationToken).ConfigureAwait(false);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// Adds a client with a new key, returned once in <see cref="ClientOutcome.Done.Key"/>. Refuses a name
    /// not of a login's form or taken, no scope, and an office the register does not know.
    /// </summary>
    public async Task<ClientOutcome> AddAsync(string name, string? officeCode, IReadOnlyList<ClientScope> scopes, string addedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(scopes);
        if (PersonChecks.LoginProblem(name) is { } problem)
        {
            return new ClientOutcome.Refused(new InputProblem("name", problem.Message.Replace("is not a login", "is not a client name", StringComparison.Ordinal)));
        }

        if (scopes.Count == 0)
        {
            return new ClientOutcome.Refused(new InputProblem("scopes", $"give at least one scope: {string.Join(", ", Enum.GetValues<ClientScope>().Select(EnumNames.Of))}"));
        }

        if (string.IsNullOrWhiteSpace(addedBy))
        {
            return new ClientOutcome.Refused(new InputProblem("addedBy", "who adds the client must be named"));
        }

        var client = new Client(PersonChecks.Login(name), officeCode, [.. scopes.Distinct().Order()], addedBy.Trim(), Canonical.Truncate(_clock.GetUtcNow()), null, null);
        var key = ClientKeys.Create();
        return await AuditedWrite.RunAsync<ClientOutcome>(
            _store,
            async (connection, transaction) =>
            {
                if (officeCode is not null && await OfficeRows.FindAsync(connection, transaction, officeCode, cancellationToken).ConfigureAwait(false) is null)
                {
                    return (new ClientOutcome.Refused(new InputProblem("officeCode", $"no office has the index {officeCode}: register it first (office add)")), false);
                }

                if ((await ClientRows.SelectAsync(connection, transaction, "name = @name", [("name", client.Name)], cancellationToken).ConfigureAwait(false)).Count > 0)
                {
                    return (new ClientOutcome.Refused(new InputProblem("name", $"the client name {client.Name} is taken")), false);
                }

                await ClientRows.InsertAsync(connection, transaction, client, ClientKeys.Digest(key), cancellationToken).ConfigureAwait(false);
                await AppendAsync(connection, transaction, client.AddedBy, AuditEntry.AddClient, client, cancellationToken).ConfigureAwait(false);
                return (new ClientOutcome.Done(client, key), true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes a client's key: the name stays (the audit trail names it), the key is refused from now on.</summary>
    public async Task<ClientOutcome> RevokeAsync(string name, string revokedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(revokedBy))
        {
            return new ClientOutcome.Refused(new InputProblem("revokedBy", "who revokes the key must be named"));
        }

        return await AuditedWrite.RunAsync<ClientOutcome>(
            _store,
            async (connection, transaction) =>
            {
                var found = await ClientRows.SelectAsync(connection, transaction, "name = @name", [("name", PersonChecks.Login(name))], cancellationToken).ConfigureAwait(false);
                if (found.Count != 1)
                {
                    return (new ClientOutcome.Refused(new InputProblem("name", $"no client has the name {name}")), false);
                }

                if (found[0].IsRevoked)
                {
                    return (new ClientOutcome.Refused(new InputProblem("name", $"the key of {found[0].Name} is revoked already")), false);
                }

                var after = found[0] with { RevokedBy = revokedBy.Trim(), RevokedAt = Canonical.Truncate(_clock.GetUtcNow()) };
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE clients SET revoked_by = @by, revoked_at = @at WHERE name = @name",
                    [("by", after.RevokedBy), ("at", after.RevokedAt), ("name", after.Name)],
                    cancellationToken).ConfigureAwait(false);
                await AppendAsync(connection, transaction, after.RevokedBy!, AuditEntry.RevokeClient, after, cancellationToken).ConfigureAwait(false);
                return (new ClientOutcome.Done(after, null), true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private Task<AuditEntry> AppendAsync(DbConnection connection, DbTransaction transaction, string actor, string action, Client client, CancellationToken cancellationToken) =>
        AuditChain.AppendAsync(_store, connection, transaction, (actor, action, $"client {client.Name}", ClientAudit.Payload(client), _clock.GetUtcNow()), cancellationToken);
}
