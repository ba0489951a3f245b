namespace Supervision.Templating;

/// <summary>A problem in a template, where a template editor can find it.</summary>
/// <param name="File">The template file, as "templates-kk/instruction.sbn".</param>
/// <param name="Line">1-based line; 0 where the problem is the file as a whole.</param>
/// <param name="Column">1-based column; 0 where the problem is the file as a whole.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TemplateProblem(string File, int Line, int Column, string Message)
{
    /// <summary>"templates-kk/instruction.sbn:12:7: ..." as compilers print it.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
