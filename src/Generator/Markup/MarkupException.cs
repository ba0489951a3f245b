namespace Supervision.Markup;

/// <summary>The markup a template produced uses something acts do not have; the line is the markup's.</summary>
public sealed class MarkupException(int line, string message) : Exception($"markup line {line}: {message}")
{
    /// <summary>1-based line of the markup.</summary>
    public int Line { get; } = line;

    /// <summary>What is wrong, without the line.</summary>
    public string Problem { get; } = message;
}
