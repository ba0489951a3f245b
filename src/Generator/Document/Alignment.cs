namespace Supervision.Document;

/// <summary>Horizontal alignment of a paragraph. The text of acts is justified.</summary>
public enum Alignment
{
    /// <summary>Both edges, the last line left (the default of an act's text).</summary>
    Justify,

    /// <summary>Left edge.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Right edge.</summary>
    Right,
}
