using System.Diagnostics;

namespace Supervision.Testing;

/// <summary>Runs the command-line tools the signing tests check with (openssl, pdfsig, certutil) and answers their output.</summary>
internal static class Tools
{
    /// <summary>Runs the tool; its standard output and error together. Fails the test where it exits other than 0.</summary>
    public static string Run(string tool, params string[] arguments) => Run(tool, false, arguments);

    /// <summary>As <see cref="Run(string, string[])"/>; with <paramref name="anyExit"/>, any exit code is answered.</summary>
    public static string Run(string tool, bool anyExit, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var text = output + error.GetAwaiter().GetResult();
        if (!anyExit && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited {process.ExitCode}: {text}");
        }

        return text;
    }
}
