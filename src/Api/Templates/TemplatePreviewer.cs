using System.Text;
using Supervision.Acts;
using Supervision.Api.Metrics;
using Supervision.Api.Problems;
using Supervision.Api.Setup;
using Supervision.Composition;
using Supervision.Generation;
using Supervision.Templating;
using Supervision.Validation;

namespace Supervision.Api.Templates;

/// <summary>
/// Renders an act through an edited template, as it would render once the edit went live: the live
/// template set (see <see cref="LiveGenerator"/>) with one file's text replaced, the same escaping and strict variables, tight limits on
/// loops, recursion, output and time. The work runs on a bounded pool of workers and is awaited no
/// longer than the time limit plus a grace second, so a template that does not stop cannot hold a
/// request, and no more than <see cref="ApiLimits.PreviewWorkers"/> such templates can hold the CPU.
/// </summary>
public sealed class TemplatePreviewer : IDisposable
{
    private readonly ApiLimits _limits;
    private readonly ActValidator _validator;
    private readonly LiveGenerator _live;
    private readonly SemaphoreSlim _workers;

    /// <summary>A previewer over the live templates.</summary>
    public TemplatePreviewer(ApiLimits limits, ActValidator validator, LiveGenerator live)
    {
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _validator = validator ?? throw new ArgumentNullException(nameof(validator));
        _live = live ?? throw new ArgumentNullException(nameof(live));
        _workers = new SemaphoreSlim(Math.Max(1, limits.PreviewWorkers));
    }

    /// <summary>Renders the preview, or says what is wrong with the template or the act.</summary>
    /// <exception cref="Supervision.Register.RegisterException">The register that holds the live templates cannot be opened.</exception>
    public async Task<PreviewOutcome> PreviewAsync(PreviewRequest request, OutputFormat format, string variant, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        var act = request.Act;
        if (ActGenerator.VariantProblem(act, variant) is { } variantProblem)
        {
            return PreviewOutcome.Failed(ApiProblems.VariantNotApplicable(variantProblem));
        }

        var report = _validator.Validate(act);
        if (!report.IsValid)
        {
            return PreviewOutcome.Failed(ApiProblems.Invalid(report.Errors));
        }

        var live = await _live.TemplatesAsync(cancellation);
        var path = request.File ?? DefaultPath(live.Set, act);
        if (PathProblem(path, act.Language) is { } pathProblem)
        {
            return PreviewOutcome.Failed(ApiProblems.Template([pathProblem]));
        }

        var files = Edited(live.Set.Files, path, request.Template);
        if (!await _workers.WaitAsync(_limits.PreviewTimeout, cancellation))
        {
            ApiMetrics.PreviewTimeout("busy");
            return PreviewOutcome.Failed(ApiProblems.PreviewBusy());
        }

        var work = Task.Run(() =>
        {
            try
            {
                return Render(files, act, format, variant);
            }
            finally
            {
                _workers.Release();
            }
        }, CancellationToken.None);

        try
        {
            return await work.WaitAsync(_limits.PreviewHardTimeout, cancellation);
        }
        catch (TimeoutException)
        {
            ApiMetrics.PreviewTimeout("abandoned");
            return PreviewOutcome.Failed(ApiProblems.Template([new TemplateProblem(path, 0, 0,
                $"the template did not finish within {_limits.PreviewHardTimeout.TotalSeconds:0.###} s and was abandoned")]));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _workers.Dispose();

    private PreviewOutcome Render(IReadOnlyList<TemplateFile> files, Act act, OutputFormat format, string variant)
    {
        var (set, problems) = TemplateSet.TryLoad(files);
        if (set is null)
        {
            return PreviewOutcome.Failed(ApiProblems.Template(problems));
        }

        var composer = new ActComposer(new TemplateRenderer(set, _limits.PreviewRenderLimits));
        try
        {
            var content = format == OutputFormat.Markup
                ? Encoding.UTF8.GetBytes(composer.Markup(act, variant))
                : ActGenerator.RenderDocument(composer.Compose(act, variant), format);
            return PreviewOutcome.Rendered(content, format.ContentType());
        }
        catch (TemplateException exception)
        {
            // Stopped at its time limit (the renderer's own timeout), not for an error of its text. Not judged by a clock
            // here: the renderer's timer may fire a moment before a stopwatch started earlier reaches the limit.
            if (exception.TimedOut)
            {
                ApiMetrics.PreviewTimeout("time-limit");
            }

            return PreviewOutcome.Failed(ApiProblems.Template(exception.Problems));
        }
    }

    /// <summary>The file an edited act template replaces: the act's own template, or where a new one would stand.</summary>
    private static string DefaultPath(TemplateSet live, Act act)
    {
        try
        {
            return live.For(act).File.Path;
        }
        catch (TemplateException)
        {
            return $"{TemplateSources.Folder(act.Language)}/{EnumNames.Of(act.Kind)}.sbn";
        }
    }

    private static TemplateProblem? PathProblem(string path, ActLanguage language)
    {
        var folder = TemplateSources.Folder(language) + "/";
        var name = path.StartsWith(folder, StringComparison.Ordinal) ? path[folder.Length..] : string.Empty;
        var stem = name.EndsWith(".sbn", StringComparison.Ordinal) ? name[..^4] : string.Empty;
        return stem.Length > 0 && stem.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')
            ? null
            : new TemplateProblem(path, 0, 0, $"\"file\" must name a template of the act's language: {folder}NAME.sbn");
    }

    private static List<TemplateFile> Edited(IReadOnlyList<TemplateFile> files, string path, string text)
    {
        var edited = files.Select(file => file.Path == path ? file with { Text = text } : file).ToList();
        if (!edited.Any(file => file.Path == path))
        {
            edited.Add(new TemplateFile(path, text));
        }

        return edited;
    }
}
