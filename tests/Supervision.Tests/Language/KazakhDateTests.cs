using Supervision.Acts;
using Supervision.Language;

namespace Supervision.Tests.Language;

public sealed class KazakhDateTests
{
    private static readonly IActLanguage Kazakh = Languages.For(ActLanguage.Kk);

    // Expected values written out by hand: month names from the domain brief ("Language notes"); the
    // endings by Kazakh vowel harmony (the last vowel: back а, ы → -ға, -дағы; front е, і → -ге, -дегі)
    // and the last sound (voiceless к → -ке, -тегі: қыркүйекке, қыркүйектегі); the date pattern from
    // the brief's "Format of an official document": "2010 жылғы 28 желтоқсандағы № 88". Days print
    // without a leading zero.
    public static TheoryData<int, int, int, string> FullDates => new()
    {
        { 2025, 1, 5, "2025 жылғы 5 қаңтар" },
        { 2025, 2, 14, "2025 жылғы 14 ақпан" },
        { 2025, 3, 5, "2025 жылғы 5 наурыз" },
        { 2025, 4, 1, "2025 жылғы 1 сәуір" },
        { 2025, 5, 9, "2025 жылғы 9 мамыр" },
        { 2025, 6, 30, "2025 жылғы 30 маусым" },
        { 2025, 7, 6, "2025 жылғы 6 шілде" },
        { 2025, 8, 30, "2025 жылғы 30 тамыз" },
        { 2025, 9, 1, "2025 жылғы 1 қыркүйек" },
        { 2025, 10, 25, "2025 жылғы 25 қазан" },
        { 2025, 11, 11, "2025 жылғы 11 қараша" },
        { 2010, 12, 28, "2010 жылғы 28 желтоқсан" },
    };

    public static TheoryData<int, int, int, string> DatesOf => new()
    {
        { 2025, 1, 5, "2025 жылғы 5 қаңтардағы" },
        { 2025, 2, 14, "2025 жылғы 14 ақпандағы" },
        { 2025, 3, 5, "2025 жылғы 5 наурыздағы" },
        { 2025, 4, 1, "2025 жылғы 1 сәуірдегі" },
        { 2025, 5, 9, "2025 жылғы 9 мамырдағы" },
        { 2025, 6, 30, "2025 жылғы 30 маусымдағы" },
        { 2025, 7, 6, "2025 жылғы 6 шілдедегі" },
        { 2025, 8, 30, "2025 жылғы 30 тамыздағы" },
        { 2025, 9, 1, "2025 жылғы 1 қыркүйектегі" },
        { 2025, 10, 25, "2025 жылғы 25 қазандағы" },
        { 2025, 11, 11, "2025 жылғы 11 қарашадағы" },
        { 2010, 12, 28, "2010 жылғы 28 желтоқсандағы" },
    };

    public static TheoryData<int, int, int, string> DatesUntil => new()
    {
        { 2025, 1, 5, "2025 жылғы 5 қаңтарға дейін" },
        { 2025, 2, 14, "2025 жылғы 14 ақпанға дейін" },
        { 2025, 3, 5, "2025 жылғы 5 наурызға дейін" },
        { 2025, 4, 1, "2025 жылғы 1 сәуірге дейін" },
        { 2025, 5, 9, "2025 жылғы 9 мамырға дейін" },
        { 2025, 6, 30, "2025 жылғы 30 маусымға дейін" },
        { 2025, 7, 6, "2025 жылғы 6 шілдеге дейін" },
        { 2025, 8, 30, "2025 жылғы 30 тамызға дейін" },
        { 2025, 9, 1, "2025 жылғы 1 қыркүйекке дейін" },
        { 2025, 10, 25, "2025 жылғы 25 қазанға дейін" },
        { 2025, 11, 11, "2025 жылғы 11 қарашаға дейін" },
        { 2010, 12, 28, "2010 жылғы 28 желтоқсанға дейін" },
    };

    [Theory]
    [MemberData(nameof(FullDates))]
    public void KazakhDatesNameTheMonthInTheNominative(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Kazakh.FullDate(new DateOnly(year, month, day)));

    [Theory]
    [MemberData(nameof(DatesOf))]
    public void KazakhDocumentDatesTakeTheAttributiveLocativeByVowelHarmony(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Kazakh.DateOf(new DateOnly(year, month, day)));

    [Theory]
    [MemberData(nameof(DatesUntil))]
    public void KazakhDeadlinesTakeTheDativeByVowelHarmony(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Kazakh.DateUntil(new DateOnly(year, month, day)));
}
