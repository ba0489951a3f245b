namespace Supervision.Templating;

/// <summary>Templates that cannot be parsed or rendered; every problem names its file, line and column.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>The problems.</summary>
    public IReadOnlyList<TemplateProblem> Problems { get; }

    /// <summary>Whether the render was stopped at its time limit (<see cref="RenderLimits.Timeout"/>) rather than for an
    /// error of the template's text: callers count such stops (the previews' metrics) without guessing from a clock.</summary>
    public bool TimedOut { get; init; }

    /// <summary>Creates the exception from its problems.</summary>
    public TemplateException(IReadOnlyList<TemplateProblem> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception from one problem.</summary>
    public TemplateException(TemplateProblem problem)
        : this([problem])
    {
    }
}
