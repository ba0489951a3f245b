using System.Text.Json;
using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// What each kind of audit entry records, written canonically. The verifier rebuilds these from the
/// stored rows and compares them with the entries, so a row changed behind the application's back
/// no longer matches the entry that recorded it.
/// </summary>
public static class AuditPayloads
{
    /// <summary>Issuing: every fact of the act row that does not change later, the SHA-256 of the act's
    /// JSON, the documents' hashes and the template versions used.</summary>
    public static string Issue(IssuedAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return Canonical.Json(writer => WriteIssue(writer, act));
    }

    /// <summary>Writes what <see cref="Issue"/> returns, for the verifier to hash without a string.</summary>
    internal static void WriteIssue(Utf8JsonWriter writer, IssuedAct act)
    {
        writer.WriteStartObject();
        writer.WriteNumber("act", act.Id);
        writer.WriteString("registrationNumber", act.RegistrationNumber);
        writer.WriteString("office", act.OfficeCode);
        writer.WriteNumber("year", act.Year);
        writer.WriteNumber("sequence", act.Sequence);
        writer.WriteString("kind", EnumNames.Of(act.Kind));
        writer.WriteString("language", EnumNames.Of(act.Language));
        writer.WriteString("date", Canonical.Date(act.Date));
        writer.WriteString("officeName", act.OfficeName);
        writer.WriteString("prosecutor", act.Prosecutor);
        writer.WriteString("proceedingNumber", act.ProceedingNumber ?? string.Empty);
        writer.WriteString("creditorKind", act.CreditorKind is { } kind ? EnumNames.Of(kind) : string.Empty);
        writer.WriteString("claimAmount", Canonical.Sum(act.ClaimAmount));
        writer.WriteString("dueDate", Canonical.Date(act.DueDate));
        writer.WriteString("actSha256", Canonical.Sha256(act.ActJson));
        writer.WriteString("issuedBy", act.IssuedBy);
        writer.WriteString("issuedAt", Canonical.Instant(act.IssuedAt));

        // Written only for acts that have them, so that the entries of acts issued before tokens existed still match.
        if (act.VerifyToken is not null || act.VerifyUrl is not null)
        {
            writer.WriteString("verifyToken", act.VerifyToken ?? string.Empty);
            writer.WriteString("verifyUrl", act.VerifyUrl ?? string.Empty);
        }

        writer.WriteStartObject("documents");
        foreach (var (format, sha256) in act.Sha256.OrderBy(pair => EnumNames.Of(pair.Key), StringComparer.Ordinal))
        {
            writer.WriteString(EnumNames.Of(format), sha256);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("templates");
        foreach (var use in act.Templates.OrderBy(use => use.Path, StringComparer.Ordinal))
        {
            writer.WriteNumber(use.Path, use.Version);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A status change: the act and its status, answer and recovered sum after the change.</summary>
    public static string Status(IssuedAct act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return Canonical.Json(writer => WriteStatus(writer, act));
    }

    /// <summary>Writes what <see cref="Status"/> returns, for the verifier to hash without a string.</summary>
    internal static void WriteStatus(Utf8JsonWriter writer, IssuedAct act)
    {
        writer.WriteStartObject();
        writer.WriteNumber("act", act.Id);
        writer.WriteString("registrationNumber", act.RegistrationNumber);
        writer.WriteString("status", EnumNames.Of(act.Status));
        writer.WriteString("answerDate", Canonical.Date(act.AnswerDate));
        writer.WriteString("answerNumber", act.AnswerNumber ?? string.Empty);
        writer.WriteString("recoveredAmount", Canonical.Sum(act.RecoveredAmount));
        writer.WriteString("changedBy", act.StatusChangedBy ?? string.Empty);
        writer.WriteString("changedAt", Canonical.Instant(act.StatusChangedAt));
        writer.WriteEndObject();
    }

    /// <summary>A template publication: the file, the version and the SHA-256 of its text.</summary>
    public static string Publish(TemplateVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("path", version.Path);
            writer.WriteNumber("version", version.Version);
            writer.WriteString("sha256", version.Sha256);
            writer.WriteString("publishedBy", version.PublishedBy);
            writer.WriteString("publishedAt", Canonical.Instant(version.PublishedAt));
            writer.WriteEndObject();
        });
    }

    /// <summary>A template proposal's approval: the file, the version, the SHA-256 of its text, who approved it and when.</summary>
    public static string TemplateApproval(TemplateVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("path", version.Path);
            writer.WriteNumber("version", version.Version);
            writer.WriteString("sha256", version.Sha256);
            writer.WriteString("approvedBy", version.ApprovedBy ?? string.Empty);
            writer.WriteString("approvedAt", Canonical.Instant(version.ApprovedAt));
            writer.WriteEndObject();
        });
    }

    /// <summary>A draft after a change: everything its row holds, the act by the SHA-256 of its JSON.</summary>
    public static string Draft(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("draft", draft.Id);
            writer.WriteString("office", draft.OfficeCode);
            writer.WriteString("kind", EnumNames.Of(draft.Kind));
            writer.WriteString("language", EnumNames.Of(draft.Language));
            writer.WriteString("actSha256", Canonical.Sha256(draft.ActJson));
            writer.WriteString("state", EnumNames.Of(draft.State));
            writer.WriteString("draftedBy", draft.DraftedBy);
            writer.WriteString("drafterKind", EnumNames.Of(draft.DrafterKind));
            writer.WriteString("signatory", draft.Signatory ?? string.Empty);
            writer.WriteString("remarks", draft.Remarks ?? string.Empty);
            writer.WriteString("signedAt", Canonical.Instant(draft.SignedAt));
            writer.WriteString("approvedBy", draft.ApprovedBy ?? string.Empty);
            writer.WriteString("approvedAt", Canonical.Instant(draft.ApprovedAt));
            writer.WriteString("issuedAct", draft.IssuedActId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            writer.WriteString("createdAt", Canonical.Instant(draft.CreatedAt));
            writer.WriteString("updatedAt", Canonical.Instant(draft.UpdatedAt));
            // Written only for a follow-up, so that the payloads of drafts recorded before links existed are unchanged.
            if (draft.FollowsActId is { } follows)
            {
                writer.WriteNumber("followsAct", follows);
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>An office's registration: everything <c>office add</c> stored about it.</summary>
    public static string Office(RegisteredOffice office)
    {
        ArgumentNullException.ThrowIfNull(office);
        return Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("office", office.Code);
            writer.WriteString("level", EnumNames.Of(office.Level));
            writer.WriteString("nameKk", office.NameKk ?? string.Empty);
            writer.WriteString("nameRu", office.NameRu ?? string.Empty);
            writer.WriteString("superior", office.SuperiorCode ?? string.Empty);
            writer.WriteString("registeredBy", office.RegisteredBy ?? string.Empty);
            writer.WriteString("registeredAt", Canonical.Instant(office.RegisteredAt));
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// A person after a change (added, disabled, roles changed): who, where, what position and roles.
    /// Never the password's hash: only the SHA-256 of the stored hash, which tells a hash swapped behind
    /// the application's back and, the hash being salted, gives nothing to test a guess against. The
    /// sign-in counters change at every sign-in and are not audited.
    /// </summary>
    internal static string Person(Person person, string? passwordHash)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("login", person.Login);
            writer.WriteString("office", person.OfficeCode ?? string.Empty);
            writer.WriteString("surname", person.Surname);
            writer.WriteString("givenName", person.GivenName);
            writer.WriteString("patronymic", person.Patronymic ?? string.Empty);
            writer.WriteString("titleKk", person.TitleKk);
            writer.WriteString("titleRu", person.TitleRu);
            writer.WriteString("position", person.Position is { } position ? EnumNames.Of(position) : string.Empty);
            writer.WriteString("rank", person.Rank is { } rank ? EnumNames.Of(rank) : string.Empty);
            writer.WriteString("iin", person.Iin ?? string.Empty);
            writer.WriteString("phone", person.Phone ?? string.Empty);
            writer.WriteStartArray("roles");
            foreach (var role in person.Roles)
            {
                writer.WriteStringValue(EnumNames.Of(role));
            }

            writer.WriteEndArray();
            writer.WriteBoolean("disabled", person.Disabled);
            writer.WriteBoolean("mustChangePassword", person.MustChangePassword);
            writer.WriteString("passwordDigest", passwordHash is null ? string.Empty : Canonical.Sha256(passwordHash));
            writer.WriteString("addedBy", person.AddedBy);
            writer.WriteString("addedAt", Canonical.Instant(person.AddedAt));
            writer.WriteEndObject();
        });
    }

    /// <summary>A remembered answer to an idempotent request: the key, who sent it, the operation, the request's
    /// hash, the answer's status and the SHA-256 of its body, and when.</summary>
    public static string RememberAnswer(IdempotencyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Canonical.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("key", record.Key);
            writer.WriteString("principal", record.Principal);
            writer.WriteString("operation", record.Operation);
            writer.WriteString("request", record.RequestSha256);
            writer.WriteNumber("status", record.StatusCode);
            writer.WriteString("contentType", record.ContentType);
            writer.WriteString("answer", Canonical.Sha256(record.Answer));
            writer.WriteString("createdAt", Canonical.Instant(record.CreatedAt));
            writer.WriteEndObject();
        });
    }

    /// <summary>Remembered answers forgotten: those created before <paramref name="before"/>, <paramref name="count"/> of them.</summary>
    public static string ForgetAnswers(DateTimeOffset before, int count) => Canonical.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("before", Canonical.Instant(before));
        writer.WriteNumber("count", count);
        writer.WriteEndObject();
    });
}
