namespace Supervision.Register;

/// <summary>
/// What entering a recovered sum as of a day does to a proceeding's history. A recovered sum only grows: a figure may
/// not be below one of an earlier day nor above one of a later day (money returned is not a recovery undone but a new
/// proceeding's matter). A figure entered again for a day that has one corrects it, which is how a mistyped figure is
/// put right. A figure equal to the one already in force on its day tells nothing new and is not stored, so that a
/// proceeding changed in its other fields, its sum sent back as it was, leaves the history alone.
/// </summary>
internal static class RecoveryHistory
{
    /// <summary>
    /// The entry as it is stored once its figure is in the history (its recovered sum the latest figure, its
    /// recoveredOn that figure's day), the figure to write (null: none), or the problem. A non-property proceeding
    /// has no sums, so none once figures are recorded for it; no figure may be dated before the day it opened.
    /// </summary>
    /// <param name="history">The proceeding's figures, oldest first (none for a new proceeding).</param>
    /// <param name="id">The proceeding's id (0 for a new one, set once it has one).</param>
    /// <param name="entry">The entry, checked on its own already.</param>
    /// <param name="today">The day an undated figure is as of.</param>
    /// <param name="by">Who enters it.</param>
    /// <param name="at">When.</param>
    public static (ProceedingEntry Entry, RecoveryFigure? Write, InputProblem? Problem) Entered(IReadOnlyList<RecoveryFigure> history, long id, ProceedingEntry entry, DateOnly today, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Category == ProceedingCategory.ProsecutorClaimNonProperty || entry.Recovered is not { } recovered || entry.SumDue is not { } due)
        {
            return history.Count > 0
                ? (entry, null, new InputProblem("category", $"sums recovered are recorded for the proceeding (as of {Canonical.Date(history[0].AsOf)} and after): it stays a proceeding with sums"))
                : (entry with { RecoveredOn = null }, null, null);
        }

        if (history.Count > 0 && history[0].AsOf < entry.OpenedOn)
        {
            return (entry, null, new InputProblem("openedOn", $"{Canonical.Date(entry.OpenedOn)} is after {Canonical.Date(history[0].AsOf)}, the day a recovered sum of the proceeding is recorded as of"));
        }

        var (write, latest, latestOn, problem) = Apply(history, new RecoveryFigure(id, entry.RecoveredOn ?? today, Tiyn.Of(recovered), by, at));
        if (problem is not null)
        {
            return (entry, null, problem);
        }

        return latest > Tiyn.Of(due)
            ? (entry, null, new InputProblem("sumDue", $"{Canonical.Sum(due)} is less than the {Canonical.Sum(Tiyn.Tenge(latest))} recorded as recovered as of {Canonical.Date(latestOn)}: no more can be recovered than is due"))
            : (entry with { Recovered = Tiyn.Tenge(latest), RecoveredOn = latestOn }, write, null);
    }

    /// <summary>The figure to write (null: none), the proceeding's latest figure and its day once written, or the problem.</summary>
    /// <param name="history">The proceeding's figures, oldest first (none for a new proceeding).</param>
    /// <param name="entered">The figure entered.</param>
    public static (RecoveryFigure? Write, long Latest, DateOnly? LatestOn, InputProblem? Problem) Apply(IReadOnlyList<RecoveryFigure> history, RecoveryFigure entered)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(entered);
        var last = history.Count > 0 ? history[^1] : null;
        var inForce = history.LastOrDefault(figure => figure.AsOf <= entered.AsOf)?.Tiyn ?? 0;
        if (entered.Tiyn == inForce)
        {
            return (null, last?.Tiyn ?? 0, last?.AsOf, null);
        }

        if (history.LastOrDefault(figure => figure.AsOf < entered.AsOf && figure.Tiyn > entered.Tiyn) is { } higherBefore)
        {
            return (null, 0, null, new InputProblem(
                "recovered",
                $"{Shown(entered)} as of {Canonical.Date(entered.AsOf)} is less than the {Shown(higherBefore)} recorded as of {Canonical.Date(higherBefore.AsOf)}: " +
                $"a recovered sum does not fall (to correct that figure, enter it again with recoveredOn {Canonical.Date(higherBefore.AsOf)})"));
        }

        if (history.FirstOrDefault(figure => figure.AsOf > entered.AsOf && figure.Tiyn < entered.Tiyn) is { } lowerAfter)
        {
            return (null, 0, null, new InputProblem(
                "recovered",
                $"{Shown(entered)} as of {Canonical.Date(entered.AsOf)} is more than the {Shown(lowerAfter)} recorded as of the later day {Canonical.Date(lowerAfter.AsOf)}: " +
                $"a recovered sum does not fall (correct that figure first, with recoveredOn {Canonical.Date(lowerAfter.AsOf)})"));
        }

        return last is null || entered.AsOf >= last.AsOf
            ? (entered, entered.Tiyn, entered.AsOf, null)
            : (entered, last.Tiyn, last.AsOf, null);
    }

    private static string Shown(RecoveryFigure figure) => Canonical.Sum(Tiyn.Tenge(figure.Tiyn));
}
