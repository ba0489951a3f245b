using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

public sealed class KazakhAmountTests
{
    private static readonly IActLanguage Kazakh = Languages.For(ActLanguage.Kk);

    // Expected values written by hand from the domain brief ("125 000 (жүз жиырма бес мың) теңге";
    // digits grouped by U+00A0, a comma before tiyn) and the number words of CLDR 42 spellout-cardinal
    // for kk (ICU 72.1), with "бір" kept before мың, миллион, миллиард as in KazakhCardinalTests.
    // The rows of 1 000, 1 966, 21 000, 1 001 000 and of 0,40 / 0,02 / 0,01 tiyn in words agree with
    // num2words' lang_KZ (upstream 5c41b75, to='currency', currency='KZT': "бір мың тоғыз жүз алпыс
    // алты теңге, қырық тиын" - it puts a comma where acts put none) and with numtow 37d3e54
    // (kz.CurrencyString with KZT: "нөл теңге қырық тиын"). Kazakh nouns do not change after
    // numerals: "бес теңге", "елу тиын". Tiyn print as two digits ("05"), as after the comma.
    public static TheoryData<decimal, string> Digits => new()
    {
        { 0m, "0" },
        { 0.01m, "0,01" },
        { 0.05m, "0,05" },
        { 0.5m, "0,50" },
        { 0.99m, "0,99" },
        { 1m, "1" },
        { 1.00m, "1" },
        { 15.10m, "15,10" },
        { 100m, "100" },
        { 1_000m, "1\u00A0000" },
        { 1_966m, "1\u00A0966" },
        { 21_000m, "21\u00A0000" },
        { 125_000m, "125\u00A0000" },
        { 632_924.51m, "632\u00A0924,51" },
        { 1_000_000m, "1\u00A0000\u00A0000" },
        { 1_001_000m, "1\u00A0001\u00A0000" },
        { 1_000_005m, "1\u00A0000\u00A0005" },
        { 2_500_000.99m, "2\u00A0500\u00A0000,99" },
        { 1_000_000_000m, "1\u00A0000\u00A0000\u00A0000" },
    };

    public static TheoryData<decimal, string> Words => new()
    {
        { 0m, "нөл теңге" },
        { 0.01m, "нөл теңге бір тиын" },
        { 0.02m, "нөл теңге екі тиын" },
        { 0.4m, "нөл теңге қырық тиын" },
        { 0.05m, "нөл теңге бес тиын" },
        { 0.5m, "нөл теңге елу тиын" },
        { 0.99m, "нөл теңге тоқсан тоғыз тиын" },
        { 1m, "бір теңге" },
        { 1.00m, "бір теңге" },
        { 15.10m, "он бес теңге он тиын" },
        { 100m, "жүз теңге" },
        { 1_000m, "бір мың теңге" },
        { 1_966m, "бір мың тоғыз жүз алпыс алты теңге" },
        { 21_000m, "жиырма бір мың теңге" },
        { 125_000m, "жүз жиырма бес мың теңге" },
        { 632_924.51m, "алты жүз отыз екі мың тоғыз жүз жиырма төрт теңге елу бір тиын" },
        { 1_000_000m, "бір миллион теңге" },
        { 1_001_000m, "бір миллион бір мың теңге" },
        { 1_966.40m, "бір мың тоғыз жүз алпыс алты теңге қырық тиын" },
        { 1_000_005m, "бір миллион бес теңге" },
        { 2_500_000.99m, "екі миллион бес жүз мың теңге тоқсан тоғыз тиын" },
        { 1_000_000_000m, "бір миллиард теңге" },
    };

    public static TheoryData<decimal, string> Printed => new()
    {
        { 0m, "0 (нөл) теңге" },
        { 0.01m, "0 (нөл) теңге 01 (бір) тиын" },
        { 0.02m, "0 (нөл) теңге 02 (екі) тиын" },
        { 0.4m, "0 (нөл) теңге 40 (қырық) тиын" },
        { 0.05m, "0 (нөл) теңге 05 (бес) тиын" },
        { 0.5m, "0 (нөл) теңге 50 (елу) тиын" },
        { 0.99m, "0 (нөл) теңге 99 (тоқсан тоғыз) тиын" },
        { 1m, "1 (бір) теңге" },
        { 1.00m, "1 (бір) теңге" },
        { 15.10m, "15 (он бес) теңге 10 (он) тиын" },
        { 100m, "100 (жүз) теңге" },
        { 1_000m, "1\u00A0000 (бір мың) теңге" },
        { 1_966m, "1\u00A0966 (бір мың тоғыз жүз алпыс алты) теңге" },
        { 21_000m, "21\u00A0000 (жиырма бір мың) теңге" },
        { 125_000m, "125\u00A0000 (жүз жиырма бес мың) теңге" },
        { 632_924.51m, "632\u00A0924 (алты жүз отыз екі мың тоғыз жүз жиырма төрт) теңге 51 (елу бір) тиын" },
        { 1_000_000m, "1\u00A0000\u00A0000 (бір миллион) теңге" },
        { 1_001_000m, "1\u00A0001\u00A0000 (бір миллион бір мың) теңге" },
        { 1_966.40m, "1\u00A0966 (бір мың тоғыз жүз алпыс алты) теңге 40 (қырық) тиын" },
        { 1_000_005m, "1\u00A0000\u00A0005 (бір миллион бес) теңге" },
        { 2_500_000.99m, "2\u00A0500\u00A0000 (екі миллион бес жүз мың) теңге 99 (тоқсан тоғыз) тиын" },
        { 1_000_000_000m, "1\u00A0000\u00A0000\u00A0000 (бір миллиард) теңге" },
    };

    [Theory]
    [MemberData(nameof(Digits))]
    public void KazakhSumsPrintInDigitsWithNoBreakSpaces(decimal amount, string expected) =>
        Assert.Equal(expected, Kazakh.AmountInDigits(amount));

    [Theory]
    [MemberData(nameof(Words))]
    public void KazakhTiynFollowTengeInWords(decimal amount, string expected) =>
        Assert.Equal(expected, Kazakh.AmountInWords(amount));

    [Theory]
    [MemberData(nameof(Printed))]
    public void KazakhActsPrintSumsAsDigitsWithWordsInBrackets(decimal amount, string expected) =>
        Assert.Equal(expected, Kazakh.Amount(amount));
}
