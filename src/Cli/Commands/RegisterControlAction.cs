using System.Globalization;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register control: open acts due soon and overdue, with counts per office and per prosecutor.</summary>
internal sealed class RegisterControlAction : ICommandAction
{
    public string Name => "control";

    public string Usage => $"control {RegisterDatabase.Option} [--office CODE] [--prosecutor NAME] [--as-of DATE] [--days N]";

    public string Summary => "lists open acts overdue and due within N days (default 7) of today (Kazakhstan time) or --as-of, with counts per office and per prosecutor";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var days = arguments.Option("days") is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= 366 ? parsed : throw new UsageException($"--days '{text}' is not a number of days from 0 to 366")
            : 7;
        var query = new ControlQuery(arguments.Option("office"), arguments.Option("prosecutor"), arguments.Date("as-of"), days) { Limit = ControlQuery.MaxLimit };
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            var report = await register.ControlAsync(query);
            output.WriteLine($"as of {RegisterDatabase.Show(report.AsOf)}: {report.OverdueTotal} overdue, {report.DueSoonTotal} due within {days} day(s)"
                + (report.Overdue.Count < report.OverdueTotal || report.DueSoon.Count < report.DueSoonTotal ? $"; the first {report.Limit} of each listed" : string.Empty));
            foreach (var act in report.Overdue)
            {
                output.WriteLine($"overdue  {RegisterListAction.Line(act)}");
            }

            foreach (var act in report.DueSoon)
            {
                output.WriteLine($"due soon  {RegisterListAction.Line(act)}");
            }

            foreach (var group in report.ByOffice)
            {
                output.WriteLine($"office {group.Key}: {group.Overdue} overdue, {group.DueSoon} due soon");
            }

            foreach (var group in report.ByProsecutor)
            {
                output.WriteLine($"prosecutor {group.Key}: {group.Overdue} overdue, {group.DueSoon} due soon");
            }

            return CommandLine.Ok;
        });
    }
}
