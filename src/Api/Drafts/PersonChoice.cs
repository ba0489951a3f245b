namespace Supervision.Api.Drafts;

/// <summary>A person a draft may be submitted to (or approved by), as the submit choice shows him.</summary>
/// <param name="Login">The login to submit to.</param>
/// <param name="Name">"Surname Given-name Patronymic".</param>
/// <param name="Position">"head", "acting-head", "first-deputy", "deputy", "senior-assistant" or "assistant"; null where none is recorded.</param>
/// <param name="TitleKk">The title printed under his signature in Kazakh.</param>
/// <param name="TitleRu">The title printed under his signature in Russian.</param>
public sealed record PersonChoice(string Login, string Name, string? Position, string TitleKk, string TitleRu);
