namespace Supervision.Rendering.Docx;

/// <summary>
/// What a block's neighbours ask of it, worked out by <see cref="BodyRenderer"/> before the block is
/// written: the blank space around it (from <see cref="Document.PageLayout"/>) and whether it must stay
/// on the page of the block after it (as the text before a signature must).
/// </summary>
/// <param name="SpaceBefore">Twips before the block; <see cref="DocxWriter"/> puts them on its first paragraph.</param>
/// <param name="SpaceAfter">Twips after the block; the renderer puts them on its last paragraph.</param>
/// <param name="KeepWithNext">Whether the block's last paragraph keeps with the next block.</param>
internal readonly record struct BlockContext(int SpaceBefore, int SpaceAfter, bool KeepWithNext)
{
    /// <summary>The format of the block's last paragraph: <paramref name="format"/> with the space after and keep-with-next added.</summary>
    public ParagraphFormat Last(ParagraphFormat format) =>
        format with { KeepNext = format.KeepNext || KeepWithNext, SpaceAfter = format.SpaceAfter + SpaceAfter };
}
