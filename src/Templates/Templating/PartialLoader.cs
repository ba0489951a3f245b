using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Supervision.Templating;

/// <summary>
/// Resolves <c>{{ include "signature" }}</c> to the partial "_signature.sbn" of the act's own language
/// folder, and nothing else: no paths, no other folders, no files outside the template set.
/// </summary>
internal sealed class PartialLoader(string folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var valid = templateName.Length > 0 && templateName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return valid
            ? $"{folder}/_{templateName.TrimStart('_')}.sbn"
            : throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is not a partial's name: include partials by name, as include \"signature\"");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"there is no partial {templatePath}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
