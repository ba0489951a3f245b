namespace Supervision.Templating;

/// <summary>
/// The markup a template wrote, with the place in the template (or in a partial it included) that began
/// each markup line: a problem the markup reader finds on a line is reported where the editor can fix it.
/// </summary>
public sealed class TracedMarkup
{
    private readonly TemplateFile _template;
    private readonly IReadOnlyList<LineSource> _lineSources;

    internal TracedMarkup(string text, TemplateFile template, IReadOnlyList<LineSource> lineSources)
    {
        Text = text;
        _template = template;
        _lineSources = lineSources;
    }

    /// <summary>The markup.</summary>
    public string Text { get; }

    /// <summary>The problem placed at the template line that wrote the given markup line (1-based);
    /// at the template as a whole where no line is known.</summary>
    public TemplateProblem At(int markupLine, string message)
    {
        var text = $"{message} (markup line {markupLine})";
        return markupLine >= 1 && markupLine <= _lineSources.Count && _lineSources[markupLine - 1] is var source
            ? new TemplateProblem(source.File is { Length: > 0 } file ? file : _template.Path, source.Line, source.Column, text)
            : new TemplateProblem(_template.Path, 0, 0, text);
    }
}
