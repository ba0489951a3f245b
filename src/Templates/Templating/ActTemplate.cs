using Scriban;
using Supervision.Acts;

namespace Supervision.Templating;

/// <summary>A parsed template and what it declares it serves (its front matter).</summary>
/// <param name="File">The file it was parsed from.</param>
/// <param name="Kind">The act kind it words.</param>
/// <param name="Language">Its language; must match its folder.</param>
/// <param name="Instance">For a conclusion: the instance it is for, or null for every instance.</param>
/// <param name="Parsed">The parsed template, rendered many times.</param>
public sealed record ActTemplate(TemplateFile File, ActKind Kind, ActLanguage Language, ConclusionInstance? Instance, Template Parsed);
