using Supervision.Acts;

namespace Supervision.Cli.Commands;

/// <summary>Reads the --lang option shared by the verbs.</summary>
internal static class LanguageOption
{
    public static ActLanguage Read(Arguments arguments)
    {
        var name = arguments.Option("lang", "kk")!;
        return EnumNames.TryParse<ActLanguage>(name, out var language)
            ? language
            : throw new UsageException($"--lang '{name}' is not one of: {string.Join(", ", EnumNames.All<ActLanguage>())}");
    }
}
