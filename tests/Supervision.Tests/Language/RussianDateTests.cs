using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

public sealed class RussianDateTests
{
    private static readonly IActLanguage Russian = Languages.For(ActLanguage.Ru);

    // Expected values written out by hand: Russian month names in the genitive and the pattern of the
    // domain brief ("28 декабря 2010 года № 88"); a document's date reads the same ("от" is the
    // template's), a deadline adds "до". Days print without a leading zero.
    public static TheoryData<int, int, int, string> FullDates => new()
    {
        { 2025, 1, 5, "5 января 2025 года" },
        { 2025, 2, 14, "14 февраля 2025 года" },
        { 2025, 3, 5, "5 марта 2025 года" },
        { 2025, 4, 1, "1 апреля 2025 года" },
        { 2025, 5, 9, "9 мая 2025 года" },
        { 2025, 6, 30, "30 июня 2025 года" },
        { 2025, 7, 6, "6 июля 2025 года" },
        { 2025, 8, 30, "30 августа 2025 года" },
        { 2025, 9, 1, "1 сентября 2025 года" },
        { 2025, 10, 25, "25 октября 2025 года" },
        { 2025, 11, 11, "11 ноября 2025 года" },
        { 2010, 12, 28, "28 декабря 2010 года" },
    };

    public static TheoryData<int, int, int, string> DatesUntil => new()
    {
        { 2025, 1, 5, "до 5 января 2025 года" },
        { 2025, 2, 14, "до 14 февраля 2025 года" },
        { 2025, 3, 5, "до 5 марта 2025 года" },
        { 2025, 4, 1, "до 1 апреля 2025 года" },
        { 2025, 5, 9, "до 9 мая 2025 года" },
        { 2025, 6, 30, "до 30 июня 2025 года" },
        { 2025, 7, 6, "до 6 июля 2025 года" },
        { 2025, 8, 30, "до 30 августа 2025 года" },
        { 2025, 9, 1, "до 1 сентября 2025 года" },
        { 2025, 10, 25, "до 25 октября 2025 года" },
        { 2025, 11, 11, "до 11 ноября 2025 года" },
        { 2010, 12, 28, "до 28 декабря 2010 года" },
    };

    [Theory]
    [MemberData(nameof(FullDates))]
    public void RussianDatesNameTheMonthInTheGenitive(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Russian.FullDate(new DateOnly(year, month, day)));

    [Theory]
    [MemberData(nameof(FullDates))]
    public void RussianDocumentDatesReadAsFullDates(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Russian.DateOf(new DateOnly(year, month, day)));

    [Theory]
    [MemberData(nameof(DatesUntil))]
    public void RussianDeadlinesStartWithDo(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Russian.DateUntil(new DateOnly(year, month, day)));
}
