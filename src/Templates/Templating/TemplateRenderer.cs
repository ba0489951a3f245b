using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using Supervision.Acts;
using Supervision.Law;

namespace Supervision.Templating;

/// <summary>
/// Renders an act through its template into act markup: strict variables (a misspelt field is an error
/// naming file, line and column), every value escaped, loops, recursion, output and time bounded.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>The variant that prints the whole act.</summary>
    public const string FullVariant = "full";

    /// <summary>The variant of a conclusion filed with the first-instance court: only its motivating and resolutive parts.</summary>
    public const string CourtCopyVariant = "court-copy";

    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    private readonly RenderLimits _limits;

    /// <summary>A renderer over a template set, printing citations and terms from the legal frames (the product's by default).</summary>
    public TemplateRenderer(TemplateSet templates, RenderLimits? limits = null, LegalFrames? frames = null)
    {
        Templates = templates ?? throw new ArgumentNullException(nameof(templates));
        _limits = limits ?? RenderLimits.Default;
        Frames = frames ?? LegalFrames.Default;
    }

    /// <summary>The legal frames the templates' citations and terms come from.</summary>
    public LegalFrames Frames { get; }

    /// <summary>The templates this renderer uses.</summary>
    public TemplateSet Templates { get; }

    /// <summary>Renders the act's markup.</summary>
    /// <exception cref="TemplateException">The template failed while rendering: an unknown field, a limit reached, an error in a function.</exception>
    public string RenderMarkup(Act act, string variant = FullVariant)
    {
        ArgumentNullException.ThrowIfNull(act);
        var template = Templates.For(act);
        return Render(template, act, variant);
    }

    /// <summary>Renders the act through a given template (an edited one, for a preview).</summary>
    /// <exception cref="TemplateException">The template failed while rendering.</exception>
    public string Render(ActTemplate template, Act act, string variant = FullVariant) => RenderTraced(template, act, variant).Text;

    /// <summary>Renders the act through a given template, noting which template line began each markup line.</summary>
    /// <exception cref="TemplateException">The template failed while rendering.</exception>
    public TracedMarkup RenderTraced(ActTemplate template, Act act, string variant = FullVariant)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(act);
        using var timeout = new CancellationTokenSource(_limits.Timeout);
        var context = CreateContext(act, variant, timeout.Token);
        var output = new LimitedOutput(_limits.MaxOutputCharacters, context);
        context.PushOutput(output);
        try
        {
            template.Parsed.Render(context);
            return output.ToTraced(template.File);
        }
        // A regex function's own time limit (the same as the render's) may run out before the render's timer
        // has fired on a loaded machine: that too is the render taking too long.
        catch (Exception exception) when ((timeout.IsCancellationRequested && exception is ScriptRuntimeException or OperationCanceledException)
            || exception is ScriptRuntimeException { InnerException: System.Text.RegularExpressions.RegexMatchTimeoutException })
        {
            var message = $"the template took longer than {_limits.Timeout.TotalSeconds:0.###} s to render";
            throw new TemplateException(exception is ScriptRuntimeException { Span.FileName: not null } stopped
                ? TemplateSet.At(template.File, stopped.Span, message)
                : new TemplateProblem(template.File.Path, 0, 0, message)) { TimedOut = true };
        }
        catch (ScriptRuntimeException exception)
        {
            throw new TemplateException(TemplateSet.At(template.File, exception.Span, exception.OriginalMessage));
        }
        catch (OutputLimitException exception)
        {
            throw new TemplateException(new TemplateProblem(template.File.Path, 0, 0, exception.Message));
        }
    }

    private EscapingTemplateContext CreateContext(Act act, string variant, CancellationToken cancellation)
    {
        var folder = TemplateSources.Folder(act.Language);
        var context = new EscapingTemplateContext(Builtins)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = _limits.LoopLimit,
            RecursiveLimit = _limits.RecursiveLimit,
            // A string built inside an expression (string.pad_left 100000000) is bounded like the output it would go to.
            LimitToString = _limits.MaxOutputCharacters,
            TemplateLoader = new PartialLoader(folder),
            CancellationToken = cancellation,
            // Scriban's regex functions take their own time limit; a runaway pattern must stop with the render.
            RegexTimeOut = _limits.Timeout,
            NewLine = "\n",
            Law = LawFunctions.For(act, Frames),
        };

        foreach (var (path, partial) in Templates.Partials)
        {
            if (path.StartsWith(folder + "/", StringComparison.Ordinal))
            {
                context.CachedTemplates[path] = partial;
            }
        }

        context.PushGlobal(TemplateFunctions.For(act.Language));
        context.PushGlobal(LawFunctions.Functions);
        context.PushGlobal(new ScriptObject { ["act"] = TemplateModel.Of(act), ["variant"] = variant });
        return context;
    }
}
