using Supervision.Acts;
using Supervision.Examples;

namespace Supervision.Cli.Commands;

/// <summary>example KIND --lang kk|ru [--instance first|appeal|cassation]: prints a valid example act.</summary>
internal sealed class ExampleCommand : ICommand
{
    public string Name => "example";

    public string Usage => "example KIND [--lang kk|ru] [--instance first|appeal|cassation]";

    public string Summary => "prints a realistic, valid example act of a kind (JSON); --lang defaults to kk";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var kindName = arguments.Positional(0, "KIND");
        var language = arguments.Enum<ActLanguage>("lang") ?? ActLanguage.Kk;
        var instanceName = arguments.Option("instance");
        arguments.EnsureAllRead(positionalCount: 1);

        if (!EnumNames.TryParse<ActKind>(kindName, out var kind))
        {
            throw new UsageException($"KIND '{kindName}' is not one of: {string.Join(", ", EnumNames.All<ActKind>())}");
        }

        ConclusionInstance? instance = null;
        if (instanceName is not null)
        {
            if (kind != ActKind.Conclusion)
            {
                throw new UsageException("--instance is for conclusions only");
            }

            instance = EnumNames.TryParse<ConclusionInstance>(instanceName, out var parsed)
                ? parsed
                : throw new UsageException($"--instance '{instanceName}' is not one of: {string.Join(", ", EnumNames.All<ConclusionInstance>())}");
        }

        output.Write(ActExamples.Json(kind, language, instance));
        return CommandLine.Ok;
    }
}
