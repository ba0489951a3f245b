using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>Writes an <see cref="AddresseeBlock"/> in the right half of the page: the name lines bold, the address regular.</summary>
internal sealed class AddresseeRenderer : DocxBlockRenderer<AddresseeBlock>
{
    protected override void Write(DocxWriter writer, AddresseeBlock block, in BlockContext context) =>
        RightHalf.Write(writer, [.. block.AllLines.Select(line => (line.Line, new RunFormat(Bold: line.Bold)))], context);
}
