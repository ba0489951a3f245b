using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>What a block becomes in WordprocessingML, as far as its neighbours care.</summary>
internal enum DocxShape
{
    /// <summary>Paragraphs: the space before goes on the first one.</summary>
    Paragraphs,

    /// <summary>A bordered table: space inside a cell would show, so the space before goes after the block above.</summary>
    BorderedTable,

    /// <summary>No element of its own (a page break, carried by the next paragraph).</summary>
    Nothing,
}

/// <summary>A renderer of one kind of block, found by the block's type (as Markdig's object renderers are).</summary>
internal interface IDocxBlockRenderer
{
    /// <summary>The type of block this renderer writes.</summary>
    Type BlockType { get; }

    /// <summary>What the block becomes.</summary>
    DocxShape Shape { get; }

    /// <summary>Writes the block.</summary>
    void Write(DocxWriter writer, Block block, in BlockContext context);
}

/// <summary>The base of the DOCX renderer of blocks of type <typeparamref name="TBlock"/>.</summary>
internal abstract class DocxBlockRenderer<TBlock> : IDocxBlockRenderer
    where TBlock : Block
{
    /// <inheritdoc/>
    public Type BlockType => typeof(TBlock);

    /// <inheritdoc/>
    public virtual DocxShape Shape => DocxShape.Paragraphs;

    /// <inheritdoc/>
    public void Write(DocxWriter writer, Block block, in BlockContext context) => Write(writer, (TBlock)block, context);

    /// <summary>Writes the block.</summary>
    protected abstract void Write(DocxWriter writer, TBlock block, in BlockContext context);
}
