using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>office add --name-kk … --name-ru … --level … --index … [--superior INDEX]: registers an office once.</summary>
internal sealed class OfficeAddAction : ICommandAction
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["code"] = "--index",
        ["superiorCode"] = "--superior",
        ["registeredBy"] = "--by",
    };

    public string Name => "add";

    public string Usage => $"add --name-kk NAME --name-ru NAME --level district|regional|general --index INDEX [--superior INDEX] [--by NAME] {RegisterDatabase.Option}";

    public string Summary => "registers an office with its Kazakh and Russian names, level, registration index and superior office (a district office under a regional one, a regional under the general one); an index acts were issued under gets its names and superior";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var registration = new OfficeRegistration(
            arguments.Required("index", "INDEX"),
            arguments.Enum<OfficeLevel>("level") ?? throw new UsageException("--level district|regional|general is required"),
            arguments.Required("name-kk", "NAME"),
            arguments.Required("name-ru", "NAME"),
            arguments.Option("superior"));
        var by = arguments.Option("by", Environment.UserName)!;
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            switch (await register.Offices.AddAsync(registration, by))
            {
                case OfficeOutcome.Registered registered:
                    output.WriteLine($"registered {OfficeListAction.Line(registered.Office)}");
                    return CommandLine.Ok;
                case OfficeOutcome.Refused refused:
                    return Refusals.Print(error, refused.Problem, Options);
                default:
                    throw new InvalidOperationException("an office outcome this command does not know");
            }
        });
    }
}
