using Supervision.Acts;

namespace Supervision.Cli.Commands;

/// <summary>register show ID: everything the register holds about one act.</summary>
internal sealed class RegisterShowAction : ICommandAction
{
    public string Name => "show";

    public string Usage => $"show ID {RegisterDatabase.Option}";

    public string Summary => "prints one act's record: number, office, prosecutor, term, status, who issued it and when, document hashes and template versions";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var id = arguments.Id(1);
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            if (await register.GetAsync(id) is not { } act)
            {
                error.WriteLine($"error: no act with id {id} in the register");
                return CommandLine.BadInput;
            }

            output.WriteLine(RegisterListAction.Line(act));
            output.WriteLine($"office: {act.OfficeName}");
            output.WriteLine($"issued by {act.IssuedBy} at {act.IssuedAt:yyyy-MM-dd HH:mm:ss} UTC");
            if (act.StatusChangedBy is not null)
            {
                output.WriteLine($"status changed by {act.StatusChangedBy} at {act.StatusChangedAt:yyyy-MM-dd HH:mm:ss} UTC");
            }

            foreach (var (format, sha256) in act.Sha256.OrderBy(pair => pair.Key))
            {
                output.WriteLine($"{EnumNames.Of(format)} sha256 {sha256}");
            }

            foreach (var use in act.Templates)
            {
                output.WriteLine($"template {use.Path} v{use.Version}");
            }

            return CommandLine.Ok;
        });
    }
}
