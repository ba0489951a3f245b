using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register list: one line per act, with filters.</summary>
internal sealed class RegisterListAction : ICommandAction
{
    public string Name => "list";

    public string Usage => $"list {RegisterDatabase.Option} [--office CODE] [--prosecutor NAME] [--status issued|executed|answered|withdrawn] [--kind KIND] [--due-before DATE] [--from DATE] [--to DATE] [--limit N] [--offset N]";

    public string Summary => "lists issued acts: id, number, date, kind, language, office, prosecutor, due date, status";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var query = new RegisterQuery
        {
            OfficeCode = arguments.Option("office"),
            Prosecutor = arguments.Option("prosecutor"),
            Status = arguments.Enum<ActStatus>("status"),
            Kind = arguments.Enum<ActKind>("kind"),
            DueBefore = arguments.Date("due-before"),
            DateFrom = arguments.Date("from"),
            DateTo = arguments.Date("to"),
            Limit = Limit(arguments.Option("limit")),
            Offset = Offset(arguments.Option("offset")),
        };
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            var acts = await register.ListAsync(query);
            foreach (var act in acts)
            {
                output.WriteLine(Line(act));
            }

            var total = await register.CountAsync(query);
            output.WriteLine(total == acts.Count ? $"{acts.Count} act(s)" : $"{acts.Count} act(s) of {total}: --limit and --offset show the others");
            return CommandLine.Ok;
        });
    }

    /// <summary>The line of a whole record, as <see cref="Line(ActSummary)"/>.</summary>
    public static string Line(IssuedAct act) => Line(ActSummary.Of(act));

    /// <summary>"7  2-11-25/7  2025-10-14  instruction  ru  2-11  Әбдірахманов Даурен Қайратұлы  due 2025-11-04  issued".</summary>
    public static string Line(ActSummary act) =>
        $"{act.Id}  {act.RegistrationNumber}  {RegisterDatabase.Show(act.Date)}  {EnumNames.Of(act.Kind)}  {EnumNames.Of(act.Language)}  {act.OfficeCode}  {act.Prosecutor}  due {RegisterDatabase.Show(act.DueDate)}  {EnumNames.Of(act.Status)}"
        + (act.AnswerDate is { } answered ? $" {RegisterDatabase.Show(answered)}" + (act.AnswerNumber is { } number ? $" № {number}" : string.Empty) : string.Empty);

    private static int Limit(string? value) =>
        value is null ? RegisterQuery.MaxLimit
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit is > 0 and <= RegisterQuery.MaxLimit ? limit
        : throw new UsageException($"--limit '{value}' is not a number from 1 to {RegisterQuery.MaxLimit}");

    private static int Offset(string? value) =>
        value is null ? 0
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset) && offset < int.MaxValue - RegisterQuery.MaxLimit ? offset
        : throw new UsageException($"--offset '{value}' is not a number of acts to skip");
}
