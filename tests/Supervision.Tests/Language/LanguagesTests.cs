using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

public sealed class LanguagesTests
{
    [Theory]
    [InlineData(ActLanguage.Kk, "kk-KZ")]
    [InlineData(ActLanguage.Ru, "ru-RU")]
    public void EachLanguageKnowsItsCodeAndCulture(ActLanguage language, string culture)
    {
        var service = Languages.For(language);
        Assert.Equal(language, service.Code);
        Assert.Equal(culture, service.Culture.Name);
    }

    [Theory]
    [InlineData(ActLanguage.Kk)]
    [InlineData(ActLanguage.Ru)]
    public void TheSameServiceServesEveryCall(ActLanguage language) =>
        Assert.Same(Languages.For(language), Languages.For(language));

    [Fact]
    public void AnUndefinedLanguageIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Languages.For((ActLanguage)99));
}
