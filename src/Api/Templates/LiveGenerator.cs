using System.Data.Common;
using Supervision.Api.Register;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Api.Templates;

/// <summary>
/// The generator over the register's live templates: a wording published from the editor renders every
/// act from then on, in plain renders and previews as in issued acts. The register keeps the parsed live
/// set (read again at most once a second); a generator is built only when that set changes.
/// When the database stops answering, the last live set this process read goes on rendering (it was
/// live a moment ago, and a render stores nothing); a process that never read one answers 503, rather
/// than render with a wording that may have been replaced.
/// </summary>
public sealed partial class LiveGenerator(RegisterHost host, ILogger<LiveGenerator> logger)
{
    private volatile Live? _last;

    /// <summary>The live template set: the newest version of every file.</summary>
    /// <exception cref="RegisterException">The register cannot be opened and no live set was read before (answered 503 by <see cref="RegisterErrorsAttribute"/>).</exception>
    public async Task<LiveTemplates> TemplatesAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken).ConfigureAwait(false)).Templates;

    /// <summary>The generator over the live set, with the set itself (to name the versions a render used).</summary>
    /// <exception cref="RegisterException">The register cannot be opened and no live set was read before.</exception>
    public async Task<(ActGenerator Generator, LiveTemplates Templates)> GetAsync(CancellationToken cancellationToken)
    {
        var live = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        return (live.Generator, live.Templates);
    }

    private async Task<Live> CurrentAsync(CancellationToken cancellationToken)
    {
        var last = _last;
        LiveTemplates templates;
        try
        {
            var register = await host.GetAsync(cancellationToken).ConfigureAwait(false);
            templates = await register.LiveTemplatesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (last is not null && exception is RegisterException or DbException or TimeoutException)
        {
            LogStale(logger, exception.GetType().FullName);
            return last;
        }

        if (last is not null && ReferenceEquals(last.Templates.Set, templates.Set))
        {
            return last;
        }

        var live = new Live(templates, ActGenerator.Over(templates.Set));
        _last = live;
        return live;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The register did not answer ({ExceptionType}): rendering with the live templates read last")]
    private static partial void LogStale(ILogger logger, string? exceptionType);

    private sealed record Live(LiveTemplates Templates, ActGenerator Generator);
}
