namespace Supervision.Rendering.Html;

/// <summary>How <see cref="HtmlRenderer"/> writes the preview.</summary>
/// <param name="FullPage">
/// True (the default) for a whole page, with its title and embedded stylesheet, that opens by itself in a
/// browser; false for only the <c>&lt;article class="act"&gt;</c> fragment, which the web app's preview pane
/// embeds and styles with <see cref="HtmlRenderer.Stylesheet"/>.
/// </param>
public sealed record HtmlOptions(bool FullPage = true);
