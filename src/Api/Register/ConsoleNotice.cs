namespace Supervision.Api.Register;

/// <summary>
/// Writes what the person who started the service must read on its console and nowhere else: the first
/// administrator's one-time password. It never goes through logging, whose lines may be kept or shipped
/// (secrets never in logs); the log says only that the password was printed.
/// </summary>
public class ConsoleNotice
{
    /// <summary>Writes the lines to the console's standard output at once.</summary>
    public virtual void Write(params string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var console = Console.Out;
        foreach (var line in lines)
        {
            console.WriteLine(line);
        }

        console.Flush();
    }
}
