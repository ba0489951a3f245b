namespace Supervision.Rendering.Docx;

/// <summary>How a run of text is set: what a <c>w:rPr</c> says beyond the document's defaults.</summary>
/// <param name="Bold">Bold (<c>w:b</c>).</param>
/// <param name="Italic">Italic (<c>w:i</c>).</param>
/// <param name="Small">The small size (<c>w:sz</c> 24) instead of the body's 28.</param>
internal readonly record struct RunFormat(bool Bold = false, bool Italic = false, bool Small = false)
{
    /// <summary>Whether the run needs a <c>w:rPr</c> at all.</summary>
    public bool IsPlain => !Bold && !Italic && !Small;
}
