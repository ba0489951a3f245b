using System.Globalization;
using Supervision.Register;

namespace Supervision.Cli.Commands;

/// <summary>register status ID --status executed|answered|withdrawn --answer-date DATE [--answer-number N] [--recovered SUM] --by LOGIN.</summary>
internal sealed class RegisterStatusAction : ICommandAction
{
    public string Name => "status";

    public string Usage => $"status ID {RegisterDatabase.Option} --status executed|answered|withdrawn --answer-date DATE [--answer-number N] [--recovered SUM] {ActingPerson.Option}";

    public string Summary => "records that an act was executed, answered or withdrawn, with the answer's date and number (and the sum collected, for the indicators): by the person LOGIN who signed it, drafted it or heads its office";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var id = arguments.Id(1);
        var status = arguments.Enum<ActStatus>("status") ?? throw new UsageException("--status executed|answered|withdrawn is required");
        var answerDate = arguments.Date("answer-date") ?? throw new UsageException("--answer-date DATE is required");
        var answerNumber = arguments.Option("answer-number");
        var recovered = Sum(arguments.Option("recovered"));
        var by = arguments.Option("by") ?? throw new UsageException("--by LOGIN (the registered person who records the change) is required");
        var connection = RegisterDatabase.Connection(arguments);
        arguments.EnsureAllRead(positionalCount: 2);
        return RegisterDatabase.Run(connection, error, async register =>
        {
            if (await ActingPerson.FindAsync(register, by, error) is not { } principal)
            {
                return CommandLine.BadInput;
            }

            switch (await register.ChangeStatusAsync(principal, id, new StatusUpdate(status, answerDate, answerNumber, recovered)))
            {
                case StatusOutcome.Refused { Code: Refusal.Forbidden } forbidden:
                    return ActingPerson.Refused(error, new Refusal(forbidden.Code, forbidden.Message));
                case StatusOutcome.Changed changed:
                    output.WriteLine(RegisterListAction.Line(changed.Act));
                    return CommandLine.Ok;
                case StatusOutcome.Refused refused:
                    error.WriteLine($"error: {refused.Message}");
                    return CommandLine.Invalid;
                default:
                    error.WriteLine($"error: no act with id {id} in the register");
                    return CommandLine.BadInput;
            }
        });
    }

    private static decimal? Sum(string? value) =>
        value is null ? null
        : decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var sum) ? sum
        : throw new UsageException($"--recovered '{value}' is not a sum in tenge (digits, a point and at most two decimals)");
}
