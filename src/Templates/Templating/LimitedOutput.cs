using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Supervision.Templating;

/// <summary>
/// Template output that stops the render once it grows past a limit, so no template can fill the memory,
/// and notes which template line began each line it holds, so that a problem found later in the markup
/// (nesting too deep, an unknown block) can name the template's line instead of the markup's.
/// </summary>
internal sealed class LimitedOutput(int maxCharacters, TemplateContext context) : IScriptOutput
{
    private readonly StringBuilder _text = new(8 * 1024);
    private readonly List<LineSource> _lineSources = [];
    private bool _atLineStart = true;

    // Line breaks before each offset of the last source text written, so a loop writing the same text again counts them once.
    private string? _countedText;
    private readonly Dictionary<int, int> _linesBefore = [];

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > maxCharacters)
        {
            throw new OutputLimitException(maxCharacters);
        }

        var span = context.CurrentNode?.Span ?? default;
        // The template's own text is written as a slice of the whole source: its markup lines begin on the
        // source lines the slice spans. A value is written whole: its lines belong to the expression's line.
        var isSource = offset > 0 || count < text.Length;
        var line = isSource ? LinesBefore(text, offset) : span.Start.Line;
        for (var index = offset; index < offset + count; index++)
        {
            if (_atLineStart)
            {
                _lineSources.Add(new LineSource(span.FileName, line + 1, isSource ? 1 : span.Start.Column + 1));
                _atLineStart = false;
            }

            if (text[index] == '\n')
            {
                _atLineStart = true;
                line += isSource ? 1 : 0;
            }
        }

        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The markup written, with the template place that began each of its lines.</summary>
    public TracedMarkup ToTraced(TemplateFile template) => new(_text.ToString(), template, [.. _lineSources]);

    public override string ToString() => _text.ToString();

    private int LinesBefore(string text, int offset)
    {
        if (!ReferenceEquals(text, _countedText))
        {
            _countedText = text;
            _linesBefore.Clear();
        }

        if (!_linesBefore.TryGetValue(offset, out var lines))
        {
            lines = text.AsSpan(0, offset).Count('\n');
            _linesBefore[offset] = lines;
        }

        return lines;
    }
}

/// <summary>Where a markup line began: the file (null when unknown), 1-based line and column.</summary>
internal readonly record struct LineSource(string? File, int Line, int Column);

/// <summary>A template printed more than its output limit.</summary>
internal sealed class OutputLimitException(int maxCharacters)
    : Exception($"the template printed more than {maxCharacters:N0} characters");
