namespace Supervision.Document;

/// <summary>A piece of text inside a block.</summary>
public abstract record Inline;

/// <summary>Text in one style. Never holds a line break: breaks are <see cref="LineBreak"/>.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline;

/// <summary>A forced line break inside a paragraph (a value's own line break, or a line of a requisite block).</summary>
public sealed record LineBreak : Inline
{
    /// <summary>The one line break.</summary>
    public static LineBreak Instance { get; } = new();
}
