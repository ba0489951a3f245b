namespace Supervision.Register;

/// <summary>
/// What a held check must be on its own, before the database is asked: texts as a person may type them, at least one
/// object checked, and days that a check already held can have (from 2000, the end not before the start nor after today).
/// </summary>
internal static class HeldCheckRules
{
    /// <summary>The first day a check may begin: the register keeps nothing older.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The most objects one check names.</summary>
    public const int MaxChecked = 50;

    private const int ShortText = 100;
    private const int ObjectText = 300;
    private const int NoteText = 1000;

    /// <summary>The entry with its texts cleaned, or the first field at fault.</summary>
    public static (HeldCheckEntry Entry, InputProblem? Problem) Check(HeldCheckEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var office = FieldText.Required("officeCode", entry.OfficeCode, ShortText);
        var objects = entry.Checked.Select((text, index) => FieldText.Required($"checked[{index}]", text, ObjectText)).ToList();
        var note = FieldText.Optional("note", entry.Note, NoteText);
        var cleaned = entry with { OfficeCode = office.Value, Checked = [.. objects.Select(text => text.Value)], Note = note.Value };
        var problem = office.Problem
            ?? Dates(entry, today)
            ?? (entry.Checked.Count == 0 ? new InputProblem("checked", "name at least one department of justice or chamber of private bailiffs checked") : null)
            ?? (entry.Checked.Count > MaxChecked ? new InputProblem("checked", $"names {entry.Checked.Count} objects; at most {MaxChecked}") : null)
            ?? objects.Select(text => text.Problem).FirstOrDefault(found => found is not null)
            ?? note.Problem;
        return (cleaned, problem);
    }

    private static InputProblem? Dates(HeldCheckEntry entry, DateOnly today) =>
        entry.CheckStart < Earliest ? new InputProblem("checkStart", $"{Canonical.Date(entry.CheckStart)} is before {Canonical.Date(Earliest)}: the register keeps no older check")
        : entry.CheckStart > today ? new InputProblem("checkStart", $"{Canonical.Date(entry.CheckStart)} is after today {Canonical.Date(today)}: a check is recorded once held")
        : entry.CheckEnd < entry.CheckStart ? new InputProblem("checkEnd", $"{Canonical.Date(entry.CheckEnd)} is before the day the check began, {Canonical.Date(entry.CheckStart)}")
        : entry.CheckEnd > today ? new InputProblem("checkEnd", $"{Canonical.Date(entry.CheckEnd)} is after today {Canonical.Date(today)}: a check is recorded once held")
        : null;
}
