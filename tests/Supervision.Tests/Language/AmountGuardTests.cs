using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

public sealed class AmountGuardTests
{
    public static TheoryData<ActLanguage> BothLanguages => [ActLanguage.Kk, ActLanguage.Ru];

    // Sums the act validator rejects before rendering: reaching the language service with one is a
    // programming error, and it must fail loudly rather than print a wrong sum.
    public static TheoryData<ActLanguage, decimal> ImpossibleSums => new()
    {
        { ActLanguage.Kk, -1m },
        { ActLanguage.Kk, -0.01m },
        { ActLanguage.Kk, 0.001m },
        { ActLanguage.Kk, 1.005m },
        { ActLanguage.Kk, 632_924.511m },
        { ActLanguage.Kk, decimal.MaxValue },
        { ActLanguage.Ru, -1m },
        { ActLanguage.Ru, -0.01m },
        { ActLanguage.Ru, 0.001m },
        { ActLanguage.Ru, 1.005m },
        { ActLanguage.Ru, 632_924.511m },
        { ActLanguage.Ru, decimal.MaxValue },
    };

    [Theory]
    [MemberData(nameof(ImpossibleSums))]
    public void NegativeOrFinerThanTiynSumsAreRejectedInDigits(ActLanguage language, decimal amount)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Languages.For(language).AmountInDigits(amount));
        Assert.Equal("amount", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(ImpossibleSums))]
    public void NegativeOrFinerThanTiynSumsAreRejectedInWords(ActLanguage language, decimal amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Languages.For(language).AmountInWords(amount));

    [Theory]
    [MemberData(nameof(ImpossibleSums))]
    public void NegativeOrFinerThanTiynSumsAreRejectedInPrintedForm(ActLanguage language, decimal amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Languages.For(language).Amount(amount));

    [Fact]
    public void TheMessageSaysWhatIsWrongWithTheSum()
    {
        var kazakh = Languages.For(ActLanguage.Kk);
        Assert.Contains("negative", Assert.Throws<ArgumentOutOfRangeException>(() => kazakh.Amount(-1m)).Message, StringComparison.Ordinal);
        Assert.Contains("two decimals", Assert.Throws<ArgumentOutOfRangeException>(() => kazakh.Amount(1.005m)).Message, StringComparison.Ordinal);
    }

    // Trailing zeros are scale, not value: JSON "1.500" is one tenge fifty tiyn.
    [Theory]
    [MemberData(nameof(BothLanguages))]
    public void TrailingZerosBeyondTiynAreNotExtraDecimals(ActLanguage language) =>
        Assert.Equal("1,50", Languages.For(language).AmountInDigits(1.500m));
}
