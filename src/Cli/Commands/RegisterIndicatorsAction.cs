using System.Globalization;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register indicators --from DATE --to DATE [--office CODE] [--as-of DATE].</summary>
internal sealed class RegisterIndicatorsAction : ICommandAction
{
    public string Name => "indicators";

    public string Usage => $"indicators {RegisterDatabase.Option} --from DATE --to DATE [--office CODE] [--as-of DATE]";

    public string Summary => "prints the indicators of an office and period: acts by kind, executed on time, late, overdue, and p. 17's indicators (the tracked proceedings' figures, and the sums collected for the state by the acts)";

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
            if (indicators.P17.Total.Any)
            {
                var (state, property, nonProperty) = (indicators.P17.Total.State, indicators.P17.Total.Property, indicators.P17.Total.NonProperty);
                output.WriteLine($"p. 17, for the state, tracked proceedings with the term breached: {state.Proceedings}, due {Sum(state.SumDue)}, recovered on the basis of acts {Sum(state.Recovered)} ({Share(state.Share)}); term kept, not counted: {state.TermKept}");
                output.WriteLine($"p. 17, prosecutor's property claims: {property.Proceedings}, due {Sum(property.SumDue)}, recovered {Sum(property.Recovered)} ({Share(property.Share)}); private-form organisations' interest, not counted: {property.PrivateInterest}");
                output.WriteLine($"p. 17, prosecutor's non-property claims: {nonProperty.InExecution} in execution, {nonProperty.Executed} executed ({Share(nonProperty.Share)}); executed without a writ, not counted: {nonProperty.WithoutWrit}");
            }

            foreach (var reason in indicators.NotComputable)
            {
                output.WriteLine($"not computable: {reason}");
            }

            return CommandLine.Ok;
        });
    }

    private static string Sum(decimal sum) => sum.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Share(decimal? share) => share is { } value ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %" : "—";
}
