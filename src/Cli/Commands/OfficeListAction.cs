using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>office list: one line per office, the general office first.</summary>
internal sealed class OfficeListAction : ICommandAction
{
    public string Name => "list";

    public string Usage => $"list {RegisterDatabase.Option}";

    public string Summary => "lists the offices: index, level, superior, names in Russian and Kazakh";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            var offices = await register.Offices.ListAsync();
            foreach (var office in offices)
            {
                output.WriteLine(Line(office));
            }

            output.WriteLine($"{offices.Count} office(s)");
            return CommandLine.Ok;
        });
    }

    /// <summary>"2-11  district  under 2  Прокуратура района Сарыарка города Астаны | Астана қаласы Сарыарқа ауданының прокуратурасы".</summary>
    public static string Line(RegisteredOffice office) =>
        $"{office.Code}  {EnumNames.Of(office.Level)}  "
        + (office.IsRegistered
            ? (office.SuperiorCode is { } superior ? $"under {superior}" : "top") + $"  {office.NameRu} | {office.NameKk}"
            : "not registered (created by the first act issued under it)");
}
