namespace Supervision.Acts;

/// <summary>
/// An act of prosecutorial supervision brought on what a study found, as a reply or a covering letter names
/// it: its title, number and date, and what came of it. The title is typed as printed, so that each language
/// keeps its own order: "представление об устранении нарушений закона, внесенное руководителю ..." after which
/// the Russian text puts "от ... № ...", "... басшысына енгізілген заң бұзушылықтарды жою туралы ұсыным" before
/// which the Kazakh text puts "... жылғы ... № ...".
/// </summary>
public sealed record ProsecutorMeasure
{
    /// <summary>The act as printed, with to whom it went: Russian nominative, Kazakh nominative after its date.</summary>
    [Mandatory] public string? Title { get; init; }

    /// <summary>The act's outgoing registration number.</summary>
    [Mandatory] public string? Number { get; init; }

    /// <summary>The date of the act: not after the letter that names it.</summary>
    [Mandatory] public DateOnly? Date { get; init; }

    /// <summary>What came of it, where known ("рассмотрено и удовлетворено, ...").</summary>
    [Prose] public string? Result { get; init; }
}
