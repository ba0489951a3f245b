using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Supervision.Acts;

namespace Supervision.Templating;

/// <summary>
/// Every template of both languages, parsed once: each act template with its declared kind and language,
/// and the partials it includes by name. Loading reports every problem at once, with file, line and column.
/// </summary>
public sealed class TemplateSet
{
    private static readonly LexerOptions Lexer = new() { Mode = ScriptMode.FrontMatterAndContent, FrontMatterMarker = "+++" };
    private static readonly LexerOptions PartialLexer = new() { Mode = ScriptMode.Default };

    private readonly IReadOnlyList<ActTemplate> _templates;
    private readonly FrozenDictionary<string, Template> _partials;

    private TemplateSet(IReadOnlyList<ActTemplate> templates, FrozenDictionary<string, Template> partials, IReadOnlyList<TemplateFile> files)
    {
        _templates = templates;
        _partials = partials;
        Files = files;
    }

    /// <summary>The act templates.</summary>
    public IReadOnlyList<ActTemplate> Templates => _templates;

    /// <summary>The files the set was read from.</summary>
    public IReadOnlyList<TemplateFile> Files { get; }

    /// <summary>The templates built into the product, parsed once for the life of the process.</summary>
    public static TemplateSet Embedded => LazyEmbedded.Value;

    private static readonly Lazy<TemplateSet> LazyEmbedded = new(() => Load(TemplateSources.Embedded()));

    /// <summary>Parses template files; throws with every problem found.</summary>
    /// <exception cref="TemplateException">A file does not parse, declares no kind or language, or two templates claim the same act.</exception>
    public static TemplateSet Load(IReadOnlyList<TemplateFile> files)
    {
        var (set, problems) = TryLoad(files);
        return problems.Count == 0 ? set! : throw new TemplateException(problems);
    }

    /// <summary>Parses template files, returning the set (when there is no problem) and every problem.</summary>
    public static (TemplateSet? Set, IReadOnlyList<TemplateProblem> Problems) TryLoad(IReadOnlyList<TemplateFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<TemplateProblem>();
        var templates = new List<ActTemplate>();
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.IsPartial)
            {
                var partial = Template.Parse(file.Text, file.Path, lexerOptions: PartialLexer);
                problems.AddRange(Problems(partial, file));
                partials[file.Path] = partial;
            }
            else if (ParseActTemplate(file, problems) is { } template)
            {
                templates.Add(template);
            }
        }

        foreach (var clash in templates.GroupBy(t => (t.Kind, t.Language, t.Instance)).Where(group => group.Count() > 1))
        {
            problems.Add(new TemplateProblem(clash.Last().File.Path, 0, 0, $"another template, {clash.First().File.Path}, already words this act"));
        }

        return problems.Count == 0
            ? (new TemplateSet(templates, partials.ToFrozenDictionary(StringComparer.Ordinal), files), problems)
            : (null, problems);
    }

    /// <summary>The template for an act: the one for its conclusion instance where there is one, else the kind's.</summary>
    /// <exception cref="TemplateException">No template words this act.</exception>
    public ActTemplate For(ActKind kind, ActLanguage language, ConclusionInstance? instance = null) =>
        _templates.FirstOrDefault(t => t.Kind == kind && t.Language == language && t.Instance == instance && instance is not null)
        ?? _templates.FirstOrDefault(t => t.Kind == kind && t.Language == language && t.Instance is null)
        ?? throw new TemplateException(new TemplateProblem(
            TemplateSources.Folder(language), 0, 0, $"no template words the act '{EnumNames.Of(kind)}'"));

    /// <summary>The template for an act: its conclusion instance's where it is a conclusion with one, else its kind's.</summary>
    /// <exception cref="TemplateException">No template words this act.</exception>
    public ActTemplate For(Act act)
    {
        ArgumentNullException.ThrowIfNull(act);
        return For(act.Kind, act.Language, (act as Conclusion)?.Instance);
    }

    /// <summary>Parsed partials by path ("templates-kk/_signature.sbn"), for the include loader.</summary>
    internal FrozenDictionary<string, Template> Partials => _partials;

    private static ActTemplate? ParseActTemplate(TemplateFile file, List<TemplateProblem> problems)
    {
        var template = Template.Parse(file.Text, file.Path, lexerOptions: Lexer);
        var parseProblems = Problems(template, file).ToList();
        if (parseProblems.Count > 0)
        {
            problems.AddRange(parseProblems);
            return null;
        }

        if (template.Page?.FrontMatter is not { } frontMatter)
        {
            problems.Add(new TemplateProblem(file.Path, 1, 1, "the template must start with a front matter: +++ kind = \"...\" language = \"...\" +++"));
            return null;
        }

        var declared = new ScriptObject();
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(declared);
        try
        {
            context.Evaluate(frontMatter);
        }
        catch (ScriptRuntimeException exception)
        {
            problems.Add(At(file, exception.Span, exception.OriginalMessage));
            return null;
        }

        var kind = Declared<ActKind>(declared, "kind", file, problems);
        var language = Declared<ActLanguage>(declared, "language", file, problems);
        ConclusionInstance? instance = declared.ContainsKey("instance") ? Declared<ConclusionInstance>(declared, "instance", file, problems) : null;
        if (kind is null || language is null)
        {
            return null;
        }

        if (!file.Path.StartsWith(TemplateSources.Folder(language.Value) + "/", StringComparison.Ordinal))
        {
            problems.Add(new TemplateProblem(file.Path, 1, 1, $"the template declares language \"{EnumNames.Of(language.Value)}\" but stands in another language's folder"));
            return null;
        }

        return new ActTemplate(file, kind.Value, language.Value, instance, template);
    }

    private static T? Declared<T>(ScriptObject declared, string name, TemplateFile file, List<TemplateProblem> problems) where T : struct, Enum
    {
        if (declared[name] is string value && EnumNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }

        problems.Add(new TemplateProblem(file.Path, 1, 1, $"the front matter must set {name} to one of: {string.Join(", ", EnumNames.All<T>())}"));
        return null;
    }

    private static IEnumerable<TemplateProblem> Problems(Template template, TemplateFile file) =>
        template.Messages.Where(message => message.Type == ParserMessageType.Error).Select(message => At(file, message.Span, message.Message));

    internal static TemplateProblem At(TemplateFile file, SourceSpan span, string message) =>
        new(span.FileName is { Length: > 0 } name ? name : file.Path, span.Start.Line + 1, span.Start.Column + 1, message);
}
