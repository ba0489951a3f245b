using Scriban;
using Scriban.Parsing;

namespace Supervision.Templating;

/// <summary>
/// A template context that escapes every value a template prints ({{ ... }}) and leaves the template's
/// own text alone: the template writes the structure, values only ever write text.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(Scriban.Runtime.ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>The law of the act rendered, which <see cref="LawFunctions.Functions"/> read.</summary>
    public LawFunctions? Law { get; init; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is not null)
        {
            Write(MarkupEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty));
        }

        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
