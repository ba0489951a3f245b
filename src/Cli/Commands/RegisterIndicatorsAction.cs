using System.Globalization;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register indicators --from DATE --to DATE [--office CODE] [--as-of DATE].</summary>
internal sealed class RegisterIndicatorsAction : ICommandAction
{
    public string Name => "indicators";

    public string Usage => $"indicators {RegisterDatabase.Option} --from DATE --to DATE [--office CODE] [--as-of DATE]";

    public string Summary => "prints the indicators of an office and period: acts by kind, executed on time, late, overdue, and the p. 17 sums collected for the state";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var from = arguments.Date("from") ?? throw new UsageException("--from DATE is required");
        var to = arguments.Date("to") ?? throw new UsageException("--to DATE is required");
        var query = new IndicatorQuery(arguments.Option("office"), from, to, arguments.Date("as-of"));
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 1);
        if (to < from)
        {
            throw new UsageException("--to is before --from");
        }

        return RegisterDatabase.Run(connection, error, async register =>
        {
            var indicators = await register.IndicatorsAsync(query);
            output.WriteLine($"office {query.OfficeCode ?? "all"}, {RegisterDatabase.Show(from)}..{RegisterDatabase.Show(to)}, as of {RegisterDatabase.Show(indicators.AsOf)}");
            output.WriteLine($"issued: {indicators.Issued} ({string.Join(", ", indicators.IssuedByKind.Select(pair => $"{EnumNames.Of(pair.Key)} {pair.Value}"))})");
            output.WriteLine($"with a term: {indicators.WithTerm}; on time {indicators.OnTime}, late {indicators.Late}, overdue {indicators.Overdue}, in term {indicators.InTerm}; withdrawn {indicators.Withdrawn}");
            output.WriteLine($"executed on time: {Share(indicators.OnTimeShare)}");
            output.WriteLine($"for the state (p. 17): {indicators.State.Proceedings} proceeding(s), to collect {indicators.State.ToCollect.ToString("0.00", CultureInfo.InvariantCulture)}, collected {indicators.State.Collected.ToString("0.00", CultureInfo.InvariantCulture)} ({Share(indicators.State.Share)})");
            foreach (var reason in indicators.NotComputable)
            {
                output.WriteLine($"not computable: {reason}");
            }

            return CommandLine.Ok;
        });
    }

    private static string Share(decimal? share) => share is { } value ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %" : "—";
}
