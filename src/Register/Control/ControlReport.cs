namespace Supervision.Register;

/// <summary>The open acts (status issued) whose term runs out soon or has run out.</summary>
/// <param name="AsOf">The day looked from.</param>
/// <param name="DueSoon">Open acts due from <paramref name="AsOf"/> to the end of the window (both included), soonest first.</param>
/// <param name="Overdue">Open acts due before <paramref name="AsOf"/>, longest overdue first.</param>
public sealed record ControlReport(DateOnly AsOf, IReadOnlyList<IssuedAct> DueSoon, IReadOnlyList<IssuedAct> Overdue)
{
    /// <summary>Counts per office.</summary>
    public IReadOnlyList<ControlGroup> ByOffice => Group(act => act.OfficeCode);

    /// <summary>Counts per prosecutor (who controls the act's execution, p. 9).</summary>
    public IReadOnlyList<ControlGroup> ByProsecutor => Group(act => act.Prosecutor);

    private List<ControlGroup> Group(Func<IssuedAct, string> key) =>
    [
        .. DueSoon.Select(key).Concat(Overdue.Select(key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(name => new ControlGroup(name, DueSoon.Count(act => key(act) == name), Overdue.Count(act => key(act) == name))),
    ];
}

/// <summary>The number of acts due soon and overdue of one office or prosecutor.</summary>
/// <param name="Key">The office index or the prosecutor's name.</param>
/// <param name="DueSoon">Acts due soon.</param>
/// <param name="Overdue">Acts overdue.</param>
public sealed record ControlGroup(string Key, int DueSoon, int Overdue);
