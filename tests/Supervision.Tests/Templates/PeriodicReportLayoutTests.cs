using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;

namespace Supervision.Tests.Templates;

/// <summary>
/// The regional prosecutor's information (seed p. 11, 12) is a letter to the General Prosecutor's Office whose
/// figures stand in tables: a bold header row repeated on each page, the figures right-aligned, sums in digits.
/// </summary>
public sealed class PeriodicReportLayoutTests
{
    private static List<Table> Tables(string example, ActLanguage language) =>
        [.. ActComposer.Default.Compose(ExampleActs.Load(example, language)).Blocks.OfType<Table>()];

    [Theory]
    [InlineData("check-report", 1)]
    [InlineData("quarterly-analysis", 2)]
    [InlineData("annual-summary", 2)]
    public void EveryTableHasItsHeaderAndARowPerFilledRow(string example, int tables)
    {
        foreach (var language in Enum.GetValues<ActLanguage>())
        {
            var found = Tables(example, language);

            Assert.Equal(tables, found.Count);
            Assert.All(found, table => Assert.True(table.HasHeader));
            Assert.All(found, table => Assert.All(table.Rows, row => Assert.Equal(table.ColumnCount, row.Cells.Count)));
            Assert.All(found, table => Assert.All(table.Rows, row => Assert.Equal(Alignment.Left, row.Cells[0].Alignment)));
            Assert.All(found, table => Assert.All(table.Rows, row => Assert.All(row.Cells.Skip(1), cell => Assert.Equal(Alignment.Right, cell.Alignment))));
        }
    }

    [Fact]
    public void TheQuarterlyRecoveriesPrintTheOfficesSumsInDigits()
    {
        var act = ExampleActs.Load<QuarterlyAnalysis>(ActLanguage.Ru);
        var recoveries = Tables("quarterly-analysis", ActLanguage.Ru)[1];

        Assert.Equal(
            ["Прокуратура", "Документов на исполнении", "Сумма к взысканию", "Взыскано"],
            recoveries.Rows[0].Cells.Select(cell => PlainText.Of(cell.Inlines)));
        Assert.Equal(act.Recoveries!.Count + 1, recoveries.Rows.Count);
        Assert.Equal(
            ["Прокуратура Алматинской области (аппарат)", "412", "1\u00A0846\u00A0275\u00A0130", "312\u00A0408\u00A0551,27"],
            recoveries.Rows[1].Cells.Select(cell => PlainText.Of(cell.Inlines)));
    }

    [Theory]
    [InlineData(ActLanguage.Ru, "о результатах анализа состояния законности в исполнительном производстве за III квартал 2025 года")]
    [InlineData(ActLanguage.Kk, "2025 жылғы III тоқсандағы атқарушылық іс жүргізудегі заңдылықтың жай-күйін талдау қорытындылары туралы")]
    public void TheQuarterIsNamedInRomanNumerals(ActLanguage language, string heading)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load("quarterly-analysis", language));

        Assert.Contains(document.Blocks.OfType<Heading>(), block => PlainText.Of(block.Inlines) == heading);
    }
}
