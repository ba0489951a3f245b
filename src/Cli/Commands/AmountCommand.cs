using System.Globalization;
using Supervision.Acts;
using Supervision.Language;
using Supervision.Validation;

namespace Supervision.Cli.Commands;

/// <summary>amount 632924.51 --lang kk|ru: prints the sum as acts print it, digits with words.</summary>
internal sealed class AmountCommand : ICommand
{
    public string Name => "amount";

    public string Usage => "amount SUM [--lang kk|ru]";

    public string Summary => "prints a sum in tenge as acts print it, digits and words with tenge and tiyn (632924.51)";

    public int Run(Arguments arguments, TextWriter output, TextWriter error)
    {
        var text = arguments.Positional(0, "SUM (in tenge, e.g. 632924.51)");
        var language = arguments.Enum<ActLanguage>("lang") ?? ActLanguage.Kk;
        arguments.EnsureAllRead(positionalCount: 1);

        // A template editor may type either decimal separator; thousands separators are not accepted.
        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            throw new UsageException($"'{text}' is not a sum in tenge such as 632924.51");
        }

        if (AmountLimits.Refusal(amount) is { } refusal)
        {
            throw new UsageException($"'{text}' cannot be printed as a sum: {refusal}");
        }

        output.WriteLine(Languages.For(language).Amount(amount));
        return CommandLine.Ok;
    }
}
