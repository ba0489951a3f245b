using Supervision.Document;

namespace Supervision.Rendering.Docx;

/// <summary>Writes an <see cref="ApprovalBlock"/>: its lines as given, in the right half of the page.</summary>
internal sealed class ApprovalRenderer : DocxBlockRenderer<ApprovalBlock>
{
    protected override void Write(DocxWriter writer, ApprovalBlock block, in BlockContext context) =>
        RightHalf.Write(writer, [.. block.Lines.Select(line => (line, default(RunFormat)))], context);
}
