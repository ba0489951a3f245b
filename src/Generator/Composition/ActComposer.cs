using Supervision.Acts;
using Supervision.Document;
using Supervision.Document.Typesetting;
using Supervision.Language;
using Supervision.Markup;
using Supervision.Templating;
using Supervision.Vocabulary;

namespace Supervision.Composition;

/// <summary>
/// Takes a valid act through its template to the document model: the template writes markup, the
/// markup is read into blocks, the layout rules are applied (the approval stamp at the top, no-break
/// spaces where a line must not break), and the document properties are set from the act.
/// </summary>
public sealed class ActComposer(TemplateRenderer templates)
{
    private static readonly Lazy<ActComposer> LazyDefault = new(() => new ActComposer(new TemplateRenderer(TemplateSet.Embedded)));

    /// <summary>The composer over the templates built into the product.</summary>
    /// <exception cref="TemplateException">The built-in templates do not load (a build that skipped lint-templates).</exception>
    public static ActComposer Default => LazyDefault.Value;

    /// <summary>The template renderer in use.</summary>
    public TemplateRenderer Templates { get; } = templates;

    /// <summary>The act's markup, as its template writes it.</summary>
    /// <exception cref="TemplateException">The template failed.</exception>
    public string Markup(Act act, string variant = TemplateRenderer.FullVariant) => Templates.RenderMarkup(act, variant);

    /// <summary>The act as a document.</summary>
    /// <exception cref="TemplateException">The template failed or wrote markup acts do not have.</exception>
    public ActDocument Compose(Act act, string variant = TemplateRenderer.FullVariant)
    {
        ArgumentNullException.ThrowIfNull(act);
        return FromMarkup(act, Templates.RenderTraced(Templates.Templates.For(act), act, variant));
    }

    /// <summary>The act as a document, from markup a template wrote.</summary>
    /// <exception cref="TemplateException">The markup holds something acts do not have, or nests deeper than acts do;
    /// the problem names the template line that wrote the markup line.</exception>
    public static ActDocument FromMarkup(Act act, TracedMarkup markup)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(markup);
        IReadOnlyList<Block> blocks;
        try
        {
            blocks = MarkupReader.Read(markup.Text);
        }
        catch (MarkupException exception)
        {
            throw new TemplateException(markup.At(exception.Line, $"the markup it wrote: {exception.Problem}"));
        }

        // The layout rules of every act, applied once here so that every renderer prints the same.
        return Typesetter.Apply(new ActDocument(Info(act), ApprovalPlacement.Apply(blocks)));
    }

    private static DocumentInfo Info(Act act)
    {
        var title = ActVocabulary.For(act.Language).KindTitle(act.Kind);
        var culture = Languages.For(act.Language).Culture;
        var subject = act switch
        {
            Conclusion { CaseName: { } caseName } => caseName,
            HigherProtestProposal { CaseName: { } caseName } => caseName,
            ProsecutorAppeal { CaseName: { } caseName } => caseName,
            PrivateRulingPetition { CaseName: { } caseName } => caseName,
            ViolationReport { CaseName: { } caseName } => caseName,
            _ when act.Proceeding?.Number is { } number => act.Language == ActLanguage.Kk
                ? $"№ {number} атқарушылық іс жүргізу"
                : $"исполнительное производство № {number}",
            _ => title,
        };

        return new DocumentInfo(
            $"{char.ToUpper(title[0], culture)}{title[1..]} № {act.Number}",
            subject,
            act.Office?.Name ?? string.Empty,
            culture.Name,
            act.Date ?? DateOnly.MinValue);
    }
}
