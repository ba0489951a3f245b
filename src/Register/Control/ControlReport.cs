namespace Supervision.Register;

/// <summary>
/// The open acts (status issued) whose term runs out soon or has run out: a page of each list, how many
/// each holds in all, and the counts per office and per prosecutor, all computed by the database.
/// </summary>
public sealed record ControlReport
{
    /// <summary>The day looked from.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The most acts a page of each list holds.</summary>
    public required int Limit { get; init; }

    /// <summary>A page of the open acts due from <see cref="AsOf"/> to the end of the window (both included), soonest first.</summary>
    public required IReadOnlyList<ActSummary> DueSoon { get; init; }

    /// <summary>How many due-soon acts were skipped before <see cref="DueSoon"/>.</summary>
    public required int DueSoonOffset { get; init; }

    /// <summary>How many acts are due soon in all.</summary>
    public required int DueSoonTotal { get; init; }

    /// <summary>A page of the open acts due before <see cref="AsOf"/>, longest overdue first.</summary>
    public required IReadOnlyList<ActSummary> Overdue { get; init; }

    /// <summary>How many overdue acts were skipped before <see cref="Overdue"/>.</summary>
    public required int OverdueOffset { get; init; }

    /// <summary>How many acts are overdue in all.</summary>
    public required int OverdueTotal { get; init; }

    /// <summary>Counts per office, by index.</summary>
    public required IReadOnlyList<ControlGroup> ByOffice { get; init; }

    /// <summary>Counts per prosecutor (who controls the act's execution, p. 9), one group per name's normal form (<see cref="NameKey"/>).</summary>
    public required IReadOnlyList<ControlGroup> ByProsecutor { get; init; }
}

/// <summary>The number of acts due soon and overdue of one office or prosecutor.</summary>
/// <param name="Key">The office index or the prosecutor's name (as one of his acts writes it, without invisible characters).</param>
/// <param name="DueSoon">Acts due soon.</param>
/// <param name="Overdue">Acts overdue.</param>
public sealed record ControlGroup(string Key, int DueSoon, int Overdue);
