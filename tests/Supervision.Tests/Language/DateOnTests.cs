using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

/// <summary>
/// The day on which something happened. Expected values written by hand from Kazakh grammar: the
/// locative -да/-де after vowels and voiced consonants, -та/-те after voiceless ones (қыркүйекте).
/// </summary>
public sealed class DateOnTests
{
    [Theory]
    [InlineData(1, "2025 жылғы 14 қаңтарда")]
    [InlineData(2, "2025 жылғы 14 ақпанда")]
    [InlineData(3, "2025 жылғы 14 наурызда")]
    [InlineData(4, "2025 жылғы 14 сәуірде")]
    [InlineData(5, "2025 жылғы 14 мамырда")]
    [InlineData(6, "2025 жылғы 14 маусымда")]
    [InlineData(7, "2025 жылғы 14 шілдеде")]
    [InlineData(8, "2025 жылғы 14 тамызда")]
    [InlineData(9, "2025 жылғы 14 қыркүйекте")]
    [InlineData(10, "2025 жылғы 14 қазанда")]
    [InlineData(11, "2025 жылғы 14 қарашада")]
    [InlineData(12, "2025 жылғы 14 желтоқсанда")]
    public void KazakhDaysTakeTheLocativeOfTheMonth(int month, string expected) =>
        Assert.Equal(expected, Languages.For(ActLanguage.Kk).DateOn(new DateOnly(2025, month, 14)));

    [Fact]
    public void RussianDaysAreTheGenitiveDate() =>
        Assert.Equal("14 ноября 2025 года", Languages.For(ActLanguage.Ru).DateOn(new DateOnly(2025, 11, 14)));
}
