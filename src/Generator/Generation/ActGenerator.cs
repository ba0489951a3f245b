using System.Text;
using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Rendering.Docx;
using Supervision.Rendering.Html;
using Supervision.Rendering.Pdf;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Generation;

/// <summary>
/// The product's one entry point: validate an act, compose it through its template, render it in the
/// asked format. The CLI, the API and the web form all render through here.
/// </summary>
public sealed class ActGenerator(ActValidator validator, ActComposer composer)
{
    private static readonly Lazy<ActGenerator> LazyDefault = new(() => new ActGenerator(ActValidator.Default, ActComposer.Default));

    /// <summary>The generator with the product's policy, calendar and built-in templates.</summary>
    /// <exception cref="TemplateException">The built-in templates do not load.</exception>
    public static ActGenerator Default => LazyDefault.Value;

    /// <summary>A generator with the product's policy and calendar over a template set (the register's live one, say).</summary>
    public static ActGenerator Over(TemplateSet templates) =>
        new(ActValidator.Default, new ActComposer(new TemplateRenderer(templates)));

    /// <summary>The validator in use.</summary>
    public ActValidator Validator { get; } = validator;

    /// <summary>The composer in use.</summary>
    public ActComposer Composer { get; } = composer;

    /// <summary>Validates and renders an act.</summary>
    /// <param name="act">The act.</param>
    /// <param name="format">The output format.</param>
    /// <param name="variant">"full", or "court-copy" for a conclusion's copy filed with the court.</param>
    public RenderResult Render(Act act, OutputFormat format, string variant = TemplateRenderer.FullVariant)
    {
        ArgumentNullException.ThrowIfNull(act);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = RenderUnmeasured(act, format, variant);
        RenderMetrics.Record(started, format, act.Kind, result);
        return result;
    }

    private RenderResult RenderUnmeasured(Act act, OutputFormat format, string variant)
    {
        if (VariantProblem(act, variant) is { } problem)
        {
            return new RenderResult.Refused(problem);
        }

        var report = Validator.Validate(act);
        if (!report.IsValid)
        {
            return new RenderResult.Invalid(report.Errors) { Warnings = report.Warnings };
        }

        try
        {
            var content = format == OutputFormat.Markup
                ? Encoding.UTF8.GetBytes(Composer.Markup(act, variant))
                : RenderDocument(Composer.Compose(act, variant), format);
            return new RenderResult.Document(content, format.ContentType(), FileName(act, format, variant));
        }
        catch (TemplateException exception)
        {
            return new RenderResult.Refused(exception.Message);
        }
    }

    /// <summary>Why a variant cannot be rendered for an act, or null when it can.</summary>
    public static string? VariantProblem(Act act, string variant)
    {
        ArgumentNullException.ThrowIfNull(act);
        return VariantProblem(act.Kind, variant);
    }

    /// <summary>Why a variant cannot be rendered for an act of a kind, or null when it can.</summary>
    public static string? VariantProblem(ActKind kind, string variant) => variant switch
    {
        TemplateRenderer.FullVariant => null,
        TemplateRenderer.CourtCopyVariant when kind == ActKind.Conclusion => null,
        TemplateRenderer.CourtCopyVariant => "the court-copy variant is for conclusions only",
        _ => $"variant '{variant}' is not one of: {TemplateRenderer.FullVariant}, {TemplateRenderer.CourtCopyVariant}",
    };

    /// <summary>Renders a composed document in a format.</summary>
    public static byte[] RenderDocument(ActDocument document, OutputFormat format) => format switch
    {
        OutputFormat.Text => Encoding.UTF8.GetBytes(PlainText.Of(document)),
        OutputFormat.Html => Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)),
        OutputFormat.Docx => DocxRenderer.Render(document),
        OutputFormat.Pdf => PdfRenderer.Render(document),
        _ => throw new NotSupportedException($"{format} is rendered from the act, not from a document."),
    };

    /// <summary>"order-2-05-25-318-2025-09-23.docx": kind, number and date, safe on every file system.</summary>
    public static string FileName(Act act, OutputFormat format, string variant = TemplateRenderer.FullVariant)
    {
        ArgumentNullException.ThrowIfNull(act);
        return FileName(act.Kind, act.Number, act.Date, format, variant);
    }

    /// <summary>The same name from the act's kind, number and date alone: for a document kept as it was issued,
    /// served without reading the act again.</summary>
    public static string FileName(ActKind kind, string? number, DateOnly? date, OutputFormat format, string variant = TemplateRenderer.FullVariant)
    {
        var parts = new[] { EnumNames.Of(kind), number ?? string.Empty, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty }
            .Append(variant == TemplateRenderer.CourtCopyVariant ? variant : string.Empty)
            .Where(part => part.Length > 0);
        var name = new StringBuilder();
        foreach (var c in string.Join('-', parts))
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        return $"{name}.{format.Extension()}";
    }
}
