using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

public sealed class RussianAmountTests
{
    private static readonly IActLanguage Russian = Languages.For(ActLanguage.Ru);

    // Expected values written by hand from the domain brief ("125 000 (сто двадцать пять тысяч) тенге";
    // digits grouped by U+00A0, a comma before tiyn), the number words of CLDR 42
    // spellout-cardinal-masculine for ru (ICU 72.1) and Russian agreement: тенге does not decline and
    // is masculine in Kazakhstan's usage ("один тенге", "два тенге"); тиын declines: 1, 21 тиын;
    // 2–4, 22 тиына; 0, 5–20, 25, 50 тиынов. Tiyn print as two digits ("05").
    public static TheoryData<decimal, string> Digits => new()
    {
        { 0m, "0" },
        { 0.01m, "0,01" },
        { 0.02m, "0,02" },
        { 0.04m, "0,04" },
        { 0.05m, "0,05" },
        { 0.11m, "0,11" },
        { 0.12m, "0,12" },
        { 0.14m, "0,14" },
        { 0.2m, "0,20" },
        { 0.21m, "0,21" },
        { 0.22m, "0,22" },
        { 0.25m, "0,25" },
        { 0.5m, "0,50" },
        { 1m, "1" },
        { 2m, "2" },
        { 21m, "21" },
        { 100m, "100" },
        { 1_000m, "1\u00A0000" },
        { 2_000m, "2\u00A0000" },
        { 125_000m, "125\u00A0000" },
        { 632_924.51m, "632\u00A0924,51" },
        { 1_000_000m, "1\u00A0000\u00A0000" },
        { 2_500_000.99m, "2\u00A0500\u00A0000,99" },
        { 1_000_000_000m, "1\u00A0000\u00A0000\u00A0000" },
    };

    public static TheoryData<decimal, string> Words => new()
    {
        { 0m, "ноль тенге" },
        { 0.01m, "ноль тенге один тиын" },
        { 0.02m, "ноль тенге два тиына" },
        { 0.04m, "ноль тенге четыре тиына" },
        { 0.05m, "ноль тенге пять тиынов" },
        { 0.11m, "ноль тенге одиннадцать тиынов" },
        { 0.12m, "ноль тенге двенадцать тиынов" },
        { 0.14m, "ноль тенге четырнадцать тиынов" },
        { 0.2m, "ноль тенге двадцать тиынов" },
        { 0.21m, "ноль тенге двадцать один тиын" },
        { 0.22m, "ноль тенге двадцать два тиына" },
        { 0.25m, "ноль тенге двадцать пять тиынов" },
        { 0.5m, "ноль тенге пятьдесят тиынов" },
        { 1m, "один тенге" },
        { 2m, "два тенге" },
        { 21m, "двадцать один тенге" },
        { 100m, "сто тенге" },
        { 1_000m, "одна тысяча тенге" },
        { 2_000m, "две тысячи тенге" },
        { 125_000m, "сто двадцать пять тысяч тенге" },
        { 632_924.51m, "шестьсот тридцать две тысячи девятьсот двадцать четыре тенге пятьдесят один тиын" },
        { 1_000_000m, "один миллион тенге" },
        { 2_500_000.99m, "два миллиона пятьсот тысяч тенге девяносто девять тиынов" },
        { 1_000_000_000m, "один миллиард тенге" },
    };

    public static TheoryData<decimal, string> Printed => new()
    {
        { 0m, "0 (ноль) тенге" },
        { 0.01m, "0 (ноль) тенге 01 (один) тиын" },
        { 0.02m, "0 (ноль) тенге 02 (два) тиына" },
        { 0.04m, "0 (ноль) тенге 04 (четыре) тиына" },
        { 0.05m, "0 (ноль) тенге 05 (пять) тиынов" },
        { 0.11m, "0 (ноль) тенге 11 (одиннадцать) тиынов" },
        { 0.12m, "0 (ноль) тенге 12 (двенадцать) тиынов" },
        { 0.14m, "0 (ноль) тенге 14 (четырнадцать) тиынов" },
        { 0.2m, "0 (ноль) тенге 20 (двадцать) тиынов" },
        { 0.21m, "0 (ноль) тенге 21 (двадцать один) тиын" },
        { 0.22m, "0 (ноль) тенге 22 (двадцать два) тиына" },
        { 0.25m, "0 (ноль) тенге 25 (двадцать пять) тиынов" },
        { 0.5m, "0 (ноль) тенге 50 (пятьдесят) тиынов" },
        { 1m, "1 (один) тенге" },
        { 2m, "2 (два) тенге" },
        { 21m, "21 (двадцать один) тенге" },
        { 100m, "100 (сто) тенге" },
        { 1_000m, "1\u00A0000 (одна тысяча) тенге" },
        { 2_000m, "2\u00A0000 (две тысячи) тенге" },
        { 125_000m, "125\u00A0000 (сто двадцать пять тысяч) тенге" },
        { 632_924.51m, "632\u00A0924 (шестьсот тридцать две тысячи девятьсот двадцать четыре) тенге 51 (пятьдесят один) тиын" },
        { 1_000_000m, "1\u00A0000\u00A0000 (один миллион) тенге" },
        { 2_500_000.99m, "2\u00A0500\u00A0000 (два миллиона пятьсот тысяч) тенге 99 (девяносто девять) тиынов" },
        { 1_000_000_000m, "1\u00A0000\u00A0000\u00A0000 (один миллиард) тенге" },
    };

    [Theory]
    [MemberData(nameof(Digits))]
    public void RussianSumsPrintInDigitsWithNoBreakSpaces(decimal amount, string expected) =>
        Assert.Equal(expected, Russian.AmountInDigits(amount));

    [Theory]
    [MemberData(nameof(Words))]
    public void RussianTiynAgreeWithTheirNumberInWords(decimal amount, string expected) =>
        Assert.Equal(expected, Russian.AmountInWords(amount));

    [Theory]
    [MemberData(nameof(Printed))]
    public void RussianActsPrintSumsAsDigitsWithWordsInBrackets(decimal amount, string expected) =>
        Assert.Equal(expected, Russian.Amount(amount));
}
