namespace Supervision.Api.Acts;

/// <summary>The title of a kind of act in each language.</summary>
/// <param name="Kk">In Kazakh: "заң бұзушылықты жою туралы ұйғарым".</param>
/// <param name="Ru">In Russian: "предписание об устранении нарушения закона".</param>
public sealed record ActKindTitles(string Kk, string Ru);
