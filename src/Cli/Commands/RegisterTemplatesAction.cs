using System.Globalization;

namespace Supervision.Cli.Commands;

/// <summary>register templates [--path PATH] [--version N]: the versions of the templates, or one version's text.</summary>
internal sealed class RegisterTemplatesAction : ICommandAction
{
    public string Name => "templates";

    public string Usage => $"templates {RegisterDatabase.Option} [--path templates-kk/NAME.sbn [--version N]]";

    public string Summary => "lists template versions (live ones marked); with --path and --version prints that version's text";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var path = arguments.Option("path");
        var versionText = arguments.Option("version");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        int? version = versionText is null ? null
            : int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed
            : throw new UsageException($"--version '{versionText}' is not a version number");
        if (version is not null && path is null)
        {
            throw new UsageException("--version needs --path");
        }

        return RegisterDatabase.Run(connection, error, async register =>
        {
            if (version is not null)
            {
                var text = await register.TemplateTextAsync(path!, version);
                if (text is null)
                {
                    error.WriteLine($"error: the register has no {path} version {version}");
                    return CommandLine.BadInput;
                }

                output.Write(text);
                return CommandLine.Ok;
            }

            foreach (var stored in await register.TemplatesAsync(path))
            {
                output.WriteLine($"{stored.Path}  v{stored.Version}{(stored.IsLive ? "  live" : string.Empty)}  {stored.PublishedAt:yyyy-MM-dd HH:mm} UTC  {stored.PublishedBy}  sha256 {stored.Sha256}");
            }

            return CommandLine.Ok;
        });
    }
}
