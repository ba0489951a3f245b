using System.Data.Common;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// The offices of the register (<see cref="ActRegister.Offices"/>): registered once with their
/// Kazakh and Russian names, level, registration index and superior office. Registering an index
/// that an issued act already created fills that office's names and superior; its level stays the
/// one its acts were issued with.
/// </summary>
public sealed class Offices
{
    private const int MaxNameLength = 300;

    private readonly IRegisterStore _store;
    private readonly TimeProvider _clock;

    internal Offices(IRegisterStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    /// <summary>Every office, the general office first, then regional and district ones, each by index.</summary>
    public async Task<IReadOnlyList<RegisteredOffice>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await OfficeRows.AllAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The office with an index, or null.</summary>
    public async Task<RegisteredOffice?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await OfficeRows.FindAsync(connection, null, code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Registers an office and appends the audit entry; refuses a bad index or name, a superior that
    /// does not exist or does not nest, an office registered already, and a name another office uses.
    /// </summary>
    /// <param name="registration">The office.</param>
    /// <param name="registeredBy">Who registers it (the audit entry's actor).</param>
    /// <param name="cancellationToken">Cancels the registration (nothing is stored).</param>
    public async Task<OfficeOutcome> AddAsync(OfficeRegistration registration, string registeredBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (Check(registration, registeredBy) is { } problem)
        {
            return new OfficeOutcome.Refused(problem);
        }

        var office = new RegisteredOffice(
            registration.Code,
            registration.Level,
            FieldText.Clean(registration.NameKk),
            FieldText.Clean(registration.NameRu),
            registration.SuperiorCode,
            registeredBy.Trim(),
            Canonical.Truncate(_clock.GetUtcNow()));
        return await AuditedWrite.RunAsync<OfficeOutcome>(
            _store,
            async (connection, transaction) =>
            {
                var refusal = await RefusalAsync(connection, transaction, office, cancellationToken).ConfigureAwait(false);
                if (refusal is not null)
                {
                    return (new OfficeOutcome.Refused(refusal), false);
                }

                await StoreAsync(connection, transaction, office, cancellationToken).ConfigureAwait(false);
                await AuditChain.AppendAsync(
                    _store,
                    connection,
                    transaction,
                    (office.RegisteredBy!, AuditEntry.RegisterOffice, $"office {office.Code}", AuditPayloads.Office(office), office.RegisteredAt!.Value),
                    cancellationToken).ConfigureAwait(false);
                return (new OfficeOutcome.Registered(office), true);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What is wrong with the registration on its own, before the register is read.</summary>
    private static InputProblem? Check(OfficeRegistration registration, string registeredBy)
    {
        if (!RegistrationNumbers.IsOfficeCode(registration.Code))
        {
            return new InputProblem("code", $"'{registration.Code}' is not an office index: ASCII letters and digits in groups joined by hyphens, at most {RegistrationNumbers.MaxOfficeCodeLength} characters (\"2-11\")");
        }

        if (registration.SuperiorCode is { } superior && !RegistrationNumbers.IsOfficeCode(superior))
        {
            return new InputProblem("superiorCode", $"'{superior}' is not an office index (\"2-11\")");
        }

        return FieldText.Required("nameKk", registration.NameKk, MaxNameLength).Problem
            ?? FieldText.Required("nameRu", registration.NameRu, MaxNameLength).Problem
            ?? (string.IsNullOrWhiteSpace(registeredBy) ? new InputProblem("registeredBy", "who registers the office must be named") : null);
    }

    /// <summary>What the register's present state refuses: the office registered already or of another level, a superior that does not fit, a name taken.</summary>
    private static async Task<InputProblem?> RefusalAsync(DbConnection connection, DbTransaction transaction, RegisteredOffice office, CancellationToken cancellationToken)
    {
        var existing = await OfficeRows.FindAsync(connection, transaction, office.Code, cancellationToken).ConfigureAwait(false);
        if (existing is { IsRegistered: true })
        {
            return new InputProblem("code", $"the office {office.Code} is registered already ({existing.NameRu})");
        }

        if (existing is not null && existing.Level != office.Level)
        {
            return new InputProblem("level", $"acts were issued under the index {office.Code} as a {EnumNames.Of(existing.Level)} office; it cannot be registered as {EnumNames.Of(office.Level)}");
        }

        var superior = office.SuperiorCode is { } code ? await OfficeRows.FindAsync(connection, transaction, code, cancellationToken).ConfigureAwait(false) : null;
        if (OfficeNesting.Refusal(office.Level, office.SuperiorCode, superior) is { } nesting)
        {
            return nesting;
        }

        foreach (var (field, name) in new[] { ("nameKk", office.NameKk!), ("nameRu", office.NameRu!) })
        {
            var owner = (string?)await Sql.ScalarAsync(connection, transaction, "SELECT office_code FROM office_names WHERE name = @name", [("name", name)], cancellationToken).ConfigureAwait(false);
            if (owner is not null && owner != office.Code)
            {
                return new InputProblem(field, $"\"{name}\" is the name of the office {owner} already");
            }
        }

        return null;
    }

    /// <summary>Writes the office row (new, or the one an issued act created) and its names, which acts then find it by.</summary>
    private static async Task StoreAsync(DbConnection connection, DbTransaction transaction, RegisteredOffice office, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string, object?)> values =
        [
            ("code", office.Code), ("level", EnumNames.Of(office.Level)), ("kk", office.NameKk), ("ru", office.NameRu),
            ("superior", office.SuperiorCode), ("by", office.RegisteredBy), ("at", office.RegisteredAt),
        ];
        await Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO offices (code, level, name_kk, name_ru, superior_code, registered_by, registered_at) VALUES (@code, @level, @kk, @ru, @superior, @by, @at) " +
            "ON CONFLICT (code) DO UPDATE SET name_kk = @kk, name_ru = @ru, superior_code = @superior, registered_by = @by, registered_at = @at",
            values,
            cancellationToken).ConfigureAwait(false);
        foreach (var name in new[] { office.NameKk, office.NameRu })
        {
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO office_names (name, office_code) VALUES (@name, @code) ON CONFLICT (name) DO NOTHING", [("name", name), ("code", office.Code)], cancellationToken).ConfigureAwait(false);
        }
    }
}
