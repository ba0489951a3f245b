using Supervision.Register;

namespace Supervision.Tests.Register;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Сейтова")]
    [InlineData("СЕЙТОВА")]
    [InlineData("сейтова ")]
    [InlineData("  сЕйтова\t")]
    [InlineData("Сеи\u0306това")] // й typed as и and a combining breve: the decomposed form
    [InlineData("Сей\u200Bтова")] // a zero-width space inside
    [InlineData("\u202EСейтова\u202C")] // wrapped in a bidi override
    [InlineData("\uFEFFСейтова")]
    public void ASurnameInAnyCaseSpacingOrFormHasOneKey(string written) =>
        Assert.Equal("СЕЙТОВА", NameKey.Of(written));

    [Theory]
    [InlineData("Әбдірахманов Даурен Қайратұлы", "ӘБДІРАХМАНОВ ДАУРЕН ҚАЙРАТҰЛЫ")]
    [InlineData("әбдірахманов  даурен\u00A0қайратұлы", "ӘБДІРАХМАНОВ ДАУРЕН ҚАЙРАТҰЛЫ")]
    [InlineData("ғ ү ұ қ ң ө һ і ә", "Ғ Ү Ұ Қ Ң Ө Һ І Ә")]
    [InlineData("Фёдоров Семён", "ФЕДОРОВ СЕМЕН")]
    [InlineData("ФЁДОРОВ", "ФЕДОРОВ")]
    public void KazakhAndRussianLettersFoldToOneCaseAndЁIsЕ(string written, string key) =>
        Assert.Equal(key, NameKey.Of(written));

    [Fact]
    public void NamesThatDifferForAReaderKeepDifferentKeys()
    {
        Assert.NotEqual(NameKey.Of("Сейтова"), NameKey.Of("Сейтов"));
        Assert.NotEqual(NameKey.Of("Сейтова Айгүл"), NameKey.Of("Сейтова Айгул"));
        Assert.NotEqual(NameKey.Of("Ізбасар"), NameKey.Of("Izbasar")); // Cyrillic І and a Latin I stay apart
    }

    [Fact]
    public void TheDisplayedNameLosesOnlyWhatNobodySees()
    {
        Assert.Equal("Сейтова Айгүл", NameKey.Display("  Сей\u200Bтова \u00A0 Айгүл "));
        Assert.Equal("Сейтова", NameKey.Display("Сеи\u0306това"));
    }
}
