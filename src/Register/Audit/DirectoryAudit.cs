using System.Data.Common;
using System.Text.Json;

namespace Supervision.Register;

/// <summary>
/// The part of <c>audit verify</c> that re-checks offices and people: every registered office against
/// its registration entry, every person (roles included) against the last entry that changed them,
/// and the other way round, so an office re-pointed, a role granted or a person added or deleted
/// behind the application's back is found. An office that only issuing created (no names, no
/// superior) needs no entry of its own, but an issued act must stand under it. Office names — which
/// index an office name issues under — must each be one a registration or an issued act recorded
/// (<see cref="OfficeNameAudit"/>).
/// </summary>
internal sealed class DirectoryAudit(ActAudit acts) : IAuditPart
{
    private readonly Dictionary<string, AuditEntry> _offices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditEntry> _people = new(StringComparer.Ordinal);

    public bool Records(string action) =>
        action is AuditEntry.RegisterOffice or AuditEntry.AddPerson or AuditEntry.DisablePerson or AuditEntry.ChangeRoles or AuditEntry.ChangePassword;

    public void Record(AuditEntry entry, JsonElement payload, AuditFindings findings)
    {
        if (entry.Action == AuditEntry.RegisterOffice)
        {
            var code = payload.GetProperty("office").GetString()!;
            if (_offices.TryGetValue(code, out var earlier))
            {
                findings.Add(entry.Seq, entry.Subject, $"the office was registered already at entry {earlier.Seq}");
            }

            _offices[code] = entry;
            return;
        }

        var login = payload.GetProperty("login").GetString()!;
        var known = _people.TryGetValue(login, out var last);
        if (entry.Action == AuditEntry.AddPerson && known)
        {
            findings.Add(entry.Seq, entry.Subject, $"the person was added already at entry {last!.Seq}");
        }
        else if (entry.Action != AuditEntry.AddPerson && !known)
        {
            findings.Add(entry.Seq, entry.Subject, "it changes a person who was never added");
        }

        _people[login] = entry;
    }

    public async Task CheckAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        try
        {
            await OfficesAsync(connection, snapshot, findings, cancellationToken).ConfigureAwait(false);
            await PeopleAsync(connection, snapshot, findings, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            findings.Add(null, "offices and people", $"the stored rows cannot be read: {exception.Message}");
        }

        await OfficeNameAudit.CheckAsync(connection, snapshot, _offices.Values, acts.OfficeNames, findings, cancellationToken).ConfigureAwait(false);
    }

    private async Task OfficesAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        var rows = (await OfficeRows.AllAsync(connection, snapshot, cancellationToken).ConfigureAwait(false)).ToDictionary(office => office.Code, StringComparer.Ordinal);
        foreach (var (code, entry) in _offices)
        {
            if (!rows.TryGetValue(code, out var office))
            {
                findings.Add(entry.Seq, entry.Subject, "the office it registers is not in the register (deleted)");
            }
            else if (AuditPayloads.Office(office) is var stored && stored != entry.Payload)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored office differs from its registration", stored);
            }
        }

        foreach (var office in rows.Values.Where(office => !_offices.ContainsKey(office.Code)))
        {
            if (office.IsRegistered || office.NameKk is not null || office.NameRu is not null || office.SuperiorCode is not null || office.RegisteredBy is not null)
            {
                findings.Add(null, $"office {office.Code}", "the office is registered without an audit entry");
            }
            else if (!acts.Offices.Contains(office.Code))
            {
                findings.Add(null, $"office {office.Code}", "the office is in the register without an audit entry, and no act was issued under it");
            }
        }
    }

    private async Task PeopleAsync(DbConnection connection, DbTransaction snapshot, AuditFindings findings, CancellationToken cancellationToken)
    {
        var rows = (await PersonRows.SelectAsync(connection, snapshot, "1 = 1", [], cancellationToken).ConfigureAwait(false)).ToDictionary(row => row.Person.Login, StringComparer.Ordinal);
        foreach (var (login, entry) in _people)
        {
            if (!rows.TryGetValue(login, out var row))
            {
                findings.Add(entry.Seq, entry.Subject, "the person it records is not in the register (deleted)");
            }
            else if (AuditPayloads.Person(row.Person, row.PasswordHash) is var stored && stored != entry.Payload)
            {
                findings.Add(entry.Seq, entry.Subject, "the stored person differs from the last recorded change", stored);
            }
        }

        foreach (var login in rows.Keys.Where(login => !_people.ContainsKey(login)))
        {
            findings.Add(null, $"person {login}", "the person is in the register without an audit entry");
        }

        foreach (var login in (await PersonRows.RolesAsync(connection, snapshot, cancellationToken).ConfigureAwait(false)).Keys.Where(login => !rows.ContainsKey(login)))
        {
            findings.Add(null, $"person {login}", "roles are held by a login that is not in the register");
        }
    }
}
