using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// What an entry must be on its own, before the database is asked: texts as a person may type them, and
/// the figures p. 17 reads of its category and no others (the table's constraints say the same, so that a
/// row written behind the application's back cannot hold what this refuses either).
/// </summary>
internal static class ProceedingChecks
{
    private const int ShortText = 100;
    private const int LongText = 500;

    /// <summary>The entry with its texts cleaned, or the first field at fault.</summary>
    public static (ProceedingEntry Entry, InputProblem? Problem) Check(ProceedingEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var office = FieldText.Required("officeCode", entry.OfficeCode, ShortText);
        var number = FieldText.Required("number", entry.Number, ShortText);
        var document = FieldText.Required("executiveDocument", entry.ExecutiveDocument, LongText);
        var creditor = FieldText.Required("creditor", entry.Creditor, LongText);
        var debtor = FieldText.Required("debtor", entry.Debtor, LongText);
        var cleaned = entry with
        {
            OfficeCode = office.Value,
            Number = number.Value,
            ExecutiveDocument = document.Value,
            Creditor = creditor.Value,
            Debtor = debtor.Value,
            ActIds = [.. entry.ActIds.Distinct().Order()],
        };
        var problem = office.Problem ?? number.Problem ?? document.Problem ?? creditor.Problem ?? debtor.Problem
            ?? (Enum.IsDefined(entry.Category) ? null : new InputProblem("category", $"give one of {string.Join(", ", EnumNames.All<ProceedingCategory>())}"))
            ?? Figures(cleaned)
            ?? Dates(cleaned, today);
        return (cleaned, problem);
    }

    private static InputProblem? Figures(ProceedingEntry entry)
    {
        var category = EnumNames.Of(entry.Category);
        if (entry.Category == ProceedingCategory.ProsecutorClaimNonProperty)
        {
            return entry.SumDue is not null ? new InputProblem("sumDue", $"a {category} proceeding has no sum: p. 17 counts whether its court act was executed")
                : entry.Recovered is not null ? new InputProblem("recovered", $"a {category} proceeding has no sum: p. 17 counts whether its court act was executed")
                : entry.RecoveredOn is not null ? new InputProblem("recoveredOn", $"a {category} proceeding has no sum: p. 17 counts whether its court act was executed")
                : entry.Executed is null ? new InputProblem("executed", $"say whether the court act of a {category} proceeding was executed (true or false)")
                : entry.PrivateInterest ? new InputProblem("privateInterest", "only a property claim's money is recovered in the interests of an organisation")
                : entry.TermBreached ? new InputProblem("termBreached", "the breached execution term is recorded for state revenue only")
                : null;
        }

        if (entry.SumDue is not { } due)
        {
            return new InputProblem("sumDue", $"a {category} proceeding needs its sum due, in tenge");
        }

        var recovered = entry.Recovered ?? 0;
        return Tiyn.Problem(due) is { } dueProblem ? new InputProblem("sumDue", dueProblem)
            : due == 0 ? new InputProblem("sumDue", "is 0: a proceeding with nothing to recover is not one p. 17 counts")
            : Tiyn.Problem(recovered) is { } recoveredProblem ? new InputProblem("recovered", recoveredProblem)
            : recovered > due ? new InputProblem("recovered", $"{recovered} is more than the sum due {due}: no more can be recovered than is due")
            : entry.Executed is not null ? new InputProblem("executed", $"a {category} proceeding is measured by its sums, not by an execution mark")
            : entry.WithoutWrit ? new InputProblem("withoutWrit", "only a non-property court decision is executed without a writ (CPC art. 282)")
            : entry.Category == ProceedingCategory.StateRevenue && entry.PrivateInterest ? new InputProblem("privateInterest", "a recovery in favour of the state is not in the interests of a private organisation")
            : entry.Category == ProceedingCategory.ProsecutorClaimProperty && entry.TermBreached ? new InputProblem("termBreached", "the breached execution term is recorded for state revenue only")
            : null;
    }

    private static InputProblem? Dates(ProceedingEntry entry, DateOnly today) =>
        entry.OpenedOn > today ? new InputProblem("openedOn", $"{Canonical.Date(entry.OpenedOn)} is after today {Canonical.Date(today)}")
        : entry.ClosedOn is { } closed && closed < entry.OpenedOn ? new InputProblem("closedOn", $"{Canonical.Date(closed)} is before the day it was opened, {Canonical.Date(entry.OpenedOn)}")
        : entry.ClosedOn > today ? new InputProblem("closedOn", $"{Canonical.Date(entry.ClosedOn)} is after today {Canonical.Date(today)}")
        : entry.RecoveredOn > today ? new InputProblem("recoveredOn", $"{Canonical.Date(entry.RecoveredOn)} is after today {Canonical.Date(today)}: a sum is recorded as recovered by a day that has come")
        : entry.RecoveredOn < entry.OpenedOn ? new InputProblem("recoveredOn", $"{Canonical.Date(entry.RecoveredOn)} is before the day the proceeding was opened, {Canonical.Date(entry.OpenedOn)}")
        : entry.ActIds.Any(id => id <= 0) ? new InputProblem("actIds", "an act's id is a whole number from 1")
        : null;

    /// <summary>The entry with recovered 0 where a sum-measured category left it out.</summary>
    public static ProceedingEntry Normalized(ProceedingEntry entry) =>
        entry.Category != ProceedingCategory.ProsecutorClaimNonProperty && entry.Recovered is null ? entry with { Recovered = 0 } : entry;
}
