namespace Supervision.Api.Pages.Forms;

/// <summary>
/// What the act form needs beside a kind's JSON Schema to draw it in one interface language: the
/// title, the order of the fields in sections, and each field's label, help, and the words of its
/// values. The schema says what the fields are; this says how a prosecutor reads them.
/// </summary>
/// <param name="Kind">The kind of act: "order".</param>
/// <param name="Language">The interface language of the words: "kk" or "ru".</param>
/// <param name="Title">The act's title with a capital: "Заң бұзушылықты жою туралы ұйғарым".</param>
/// <param name="Toolbar">Top-level fields chosen beside the kind and language rather than in the form ("instance" for a conclusion).</param>
/// <param name="Sections">The form's sections in order, each with its top-level fields in order.</param>
/// <param name="Fields">Every field by its path without indexes ("signatory.position", "attachments.title").</param>
public sealed record ActForm(
    string Kind,
    string Language,
    string Title,
    IReadOnlyList<string> Toolbar,
    IReadOnlyList<FormSection> Sections,
    IReadOnlyDictionary<string, FormField> Fields);
