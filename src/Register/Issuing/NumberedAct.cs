namespace Supervision.Register;

/// <summary>
/// What the write transaction takes for an act before it writes it (<see cref="ActIssuer.Number"/>): the office's
/// next number (the counter row locked until the transaction ends), the live template versions and the act's id.
/// </summary>
/// <param name="Sequence">The number within the office and printed year.</param>
/// <param name="Live">Every live template file's version, by path.</param>
/// <param name="Id">The id the act's row takes.</param>
internal sealed record NumberedAct(int Sequence, Dictionary<string, int> Live, long Id);
