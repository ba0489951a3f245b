using System.Globalization;
using Supervision.Register;

namespace Supervision.Api.HeldChecks;

/// <summary>A held check as the API shows it.</summary>
/// <param name="Id">The register's id.</param>
/// <param name="OfficeCode">The office that held it.</param>
/// <param name="CheckStart">The day it began.</param>
/// <param name="CheckEnd">The day it ended.</param>
/// <param name="Checked">The departments of justice and chambers of private bailiffs checked.</param>
/// <param name="Note">The note, or null.</param>
/// <param name="RecordedBy">Who recorded it: a person's login.</param>
/// <param name="RecordedByName">That person's full name ("Қалиева Қарлығаш Бақытқызы"), where the register holds the person.</param>
/// <param name="RecordedAt">When.</param>
/// <param name="Draft">Where to make its check report's draft, pre-filled from it (POST; <c>language</c> kk or ru may be added).</param>
public sealed record HeldCheckView(
    long Id,
    string OfficeCode,
    DateOnly CheckStart,
    DateOnly CheckEnd,
    IReadOnlyList<string> Checked,
    string? Note,
    string RecordedBy,
    string? RecordedByName,
    DateTimeOffset RecordedAt,
    string Draft)
{
    /// <summary>The view of a stored check, who recorded it named from <paramref name="names"/>.</summary>
    public static HeldCheckView Of(HeldCheck check, PersonNames names)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(names);
        var entry = check.Entry;
        return new(check.Id, entry.OfficeCode, entry.CheckStart, entry.CheckEnd, entry.Checked, entry.Note, check.RecordedBy, names.Of(check.RecordedBy), check.RecordedAt, DraftPath(check.Id));
    }

    /// <summary>The address that makes the check report's draft of a check.</summary>
    public static string DraftPath(long id) => string.Create(CultureInfo.InvariantCulture, $"/api/drafts/prefilled/check-report?check={id}");
}
