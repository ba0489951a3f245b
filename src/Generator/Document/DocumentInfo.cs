namespace Supervision.Document;

/// <summary>The properties written into a document file.</summary>
/// <param name="Title">The act's title and number: "Жазбаша нұсқау № 2-11-25/4186".</param>
/// <param name="Subject">What the act is about, e.g. the enforcement proceeding it supervises.</param>
/// <param name="Author">The office that brings the act.</param>
/// <param name="Culture">The language of the text: "kk-KZ" or "ru-RU", so spell-checkers and readers pick the right one.</param>
/// <param name="Date">The act's date; also the fixed timestamp of the file, so the same act gives the same bytes.</param>
public sealed record DocumentInfo(string Title, string Subject, string Author, string Culture, DateOnly Date);
