using Supervision.Acts;
using Supervision.Reading;

namespace Supervision.Cli.Commands;

/// <summary>Reads an act from a file, writing one clear line for a missing file or unreadable JSON.</summary>
internal static class ActFile
{
    public static Act? Read(string path, TextWriter error)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: {path}: cannot read the file: {Describe(exception)}");
            return null;
        }

        var result = ActReader.Read(json);
        if (!result.Succeeded)
        {
            error.WriteLine($"error: {path}: {result.Error}");
            return null;
        }

        return result.Act;
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message,
    };
}
