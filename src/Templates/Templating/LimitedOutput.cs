using System.Text;
using Scriban.Runtime;

namespace Supervision.Templating;

/// <summary>Template output that stops the render once it grows past a limit, so no template can fill the memory.</summary>
internal sealed class LimitedOutput(int maxCharacters) : IScriptOutput
{
    private readonly StringBuilder _text = new(8 * 1024);

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > maxCharacters)
        {
            throw new OutputLimitException(maxCharacters);
        }

        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}

/// <summary>A template printed more than its output limit.</summary>
internal sealed class OutputLimitException(int maxCharacters)
    : Exception($"the template printed more than {maxCharacters:N0} characters");
