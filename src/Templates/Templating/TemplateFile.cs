namespace Supervision.Templating;

/// <summary>The text of one template file.</summary>
/// <param name="Path">Its path as editors know it: "templates-kk/instruction.sbn", "templates-ru/_signature.sbn".</param>
/// <param name="Text">Its content.</param>
public sealed record TemplateFile(string Path, string Text)
{
    /// <summary>The file name without folder and extension: "instruction", "_signature".</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>Whether this is a partial, included by name from other templates ("_signature.sbn").</summary>
    public bool IsPartial => Name.StartsWith('_');
}
