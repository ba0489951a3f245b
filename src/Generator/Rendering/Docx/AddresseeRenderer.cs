using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>Writes an <see cref="AddresseeBlock"/>: its lines in bold, in the right half of the page.</summary>
internal sealed class AddresseeRenderer : DocxBlockRenderer<AddresseeBlock>
{
    protected override void Write(DocxWriter writer, AddresseeBlock block, in BlockContext context) =>
        RightHalf.Write(writer, block.Lines, new RunFormat(Bold: true), context);
}
