using System.Globalization;
using Supervision.Acts;
using Supervision.Language;

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

        if (amount < 0 || decimal.Round(amount, 2) != amount || amount > 999_999_999_999.99m)
        {
            throw new UsageException($"'{text}' must be from 0 to 999999999999.99, with at most two decimals (tiyn)");
        }

        output.WriteLine(Languages.For(language).Amount(amount));
        return CommandLine.Ok;
    }
}
