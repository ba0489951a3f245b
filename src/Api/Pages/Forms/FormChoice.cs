namespace Supervision.Api.Pages.Forms;

/// <summary>One value a choice offers.</summary>
/// <param name="Value">The value as the model spells it: "acting-head".</param>
/// <param name="Text">Its words in the interface language: "Исполняющий обязанности прокурора".</param>
public sealed record FormChoice(string Value, string Text);
