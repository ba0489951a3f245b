using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks offices and people: every registered office against
/// its registration entry, every person (roles included) against the last entry that changed them,
/// and the other way round, so an office re-pointed, a role granted or a person added or deleted
/// behind the application's back is found. An office that only issuing created (no names, no
/// superior) needs no entry of its own, but an issued act must stand under it.
/// </summary>
internal static class DirectoryAudit
{
    public static async Task<List<AuditBreak>> CheckAsync(DbConnection connection, IReadOnlyList<AuditEntry> entries, IReadOnlyList<IssuedAct> acts, CancellationToken cancellationToken)
    {
        var problems = new List<AuditBreak>();
        var offices = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        var people = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(entry => entry.Action is AuditEntry.RegisterOffice or AuditEntry.AddPerson or AuditEntry.DisablePerson or AuditEntry.ChangeRoles or AuditEntry.ChangePassword))
        {
            try
            {
                Record(entry, offices, people, problems);
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "its payload is not what the register writes"));
            }
        }

        try
        {
            await OfficesAsync(connection, offices, acts, problems, cancellationToken).ConfigureAwait(false);
            await PeopleAsync(connection, people, problems, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            problems.Add(new AuditBreak(null, "offices and people", $"the stored rows cannot be read: {exception.Message}"));
        }

        return problems;
    }

    private static void Record(AuditEntry entry, Dictionary<string, AuditEntry> offices, Dictionary<string, AuditEntry> people, List<AuditBreak> problems)
    {
        using var payload = JsonDocument.Parse(entry.Payload);
        var root = payload.RootElement;
        if (entry.Action == AuditEntry.RegisterOffice)
        {
            var code = root.GetProperty("office").GetString()!;
            if (offices.TryGetValue(code, out var earlier))
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"the office was registered already at entry {earlier.Seq}"));
            }

            offices[code] = entry;
            return;
        }

        var login = root.GetProperty("login").GetString()!;
        var known = people.TryGetValue(login, out var last);
        if (entry.Action == AuditEntry.AddPerson && known)
        {
            problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"the person was added already at entry {last!.Seq}"));
        }
        else if (entry.Action != AuditEntry.AddPerson && !known)
        {
            problems.Add(new AuditBreak(entry.Seq, entry.Subject, "it changes a person who was never added"));
        }

        people[login] = entry;
    }

    private static async Task OfficesAsync(DbConnection connection, Dictionary<string, AuditEntry> registrations, IReadOnlyList<IssuedAct> acts, List<AuditBreak> problems, CancellationToken cancellationToken)
    {
        var rows = (await OfficeRows.AllAsync(connection, null, cancellationToken).ConfigureAwait(false)).ToDictionary(office => office.Code, StringComparer.Ordinal);
        foreach (var (code, entry) in registrations)
        {
            if (!rows.TryGetValue(code, out var office))
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "the office it registers is not in the register (deleted)"));
            }
            else if (AuditPayloads.Office(office) != entry.Payload)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"the stored office differs from its registration ({AuditVerifier.Differences(entry.Payload, AuditPayloads.Office(office))})"));
            }
        }

        var issuedUnder = acts.Select(act => act.OfficeCode).ToHashSet(StringComparer.Ordinal);
        foreach (var office in rows.Values.Where(office => !registrations.ContainsKey(office.Code)))
        {
            if (office.IsRegistered || office.NameKk is not null || office.NameRu is not null || office.SuperiorCode is not null || office.RegisteredBy is not null)
            {
                problems.Add(new AuditBreak(null, $"office {office.Code}", "the office is registered without an audit entry"));
            }
            else if (!issuedUnder.Contains(office.Code))
            {
                problems.Add(new AuditBreak(null, $"office {office.Code}", "the office is in the register without an audit entry, and no act was issued under it"));
            }
        }
    }

    private static async Task PeopleAsync(DbConnection connection, Dictionary<string, AuditEntry> changes, List<AuditBreak> problems, CancellationToken cancellationToken)
    {
        var rows = (await PersonRows.SelectAsync(connection, null, "1 = 1", [], cancellationToken).ConfigureAwait(false)).ToDictionary(row => row.Person.Login, StringComparer.Ordinal);
        foreach (var (login, entry) in changes)
        {
            if (!rows.TryGetValue(login, out var row))
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, "the person it records is not in the register (deleted)"));
            }
            else if (AuditPayloads.Person(row.Person, row.PasswordHash) is var stored && stored != entry.Payload)
            {
                problems.Add(new AuditBreak(entry.Seq, entry.Subject, $"the stored person differs from the last recorded change ({AuditVerifier.Differences(entry.Payload, stored)})"));
            }
        }

        foreach (var login in rows.Keys.Where(login => !changes.ContainsKey(login)))
        {
            problems.Add(new AuditBreak(null, $"person {login}", "the person is in the register without an audit entry"));
        }

        foreach (var login in (await PersonRows.RolesAsync(connection, null, cancellationToken).ConfigureAwait(false)).Keys.Where(login => !rows.ContainsKey(login)))
        {
            problems.Add(new AuditBreak(null, $"person {login}", "roles are held by a login that is not in the register"));
        }
    }
}
