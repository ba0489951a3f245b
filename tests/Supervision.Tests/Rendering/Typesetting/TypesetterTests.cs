using Supervision.Acts;
using Supervision.Composition;
using Supervision.Document;
using Supervision.Document.Typesetting;

namespace Supervision.Tests.Rendering.Typesetting;

/// <summary>The typesetting pass over the document model, on composed acts and on hand-made blocks.</summary>
public sealed class TypesetterTests
{
    private const char Nbsp = '\u00A0';

    [Fact]
    public void ARuleSeesTheLineWholeAcrossBoldAndItalic()
    {
        Inline[] inlines = [new TextRun("исполнителя "), new TextRun("Серікбаевой", Bold: true), new TextRun(" Д.Ә. от 17"), LineBreak.Instance, new TextRun("№ 5")];

        var bound = Typesetter.Apply(inlines);

        Assert.Equal([$"исполнителя ", "Серікбаевой", $"{Nbsp}Д.Ә. от 17", $"№{Nbsp}5"], bound.OfType<TextRun>().Select(run => run.Text));
        Assert.True(((TextRun)bound[1]).Bold);
        Assert.IsType<LineBreak>(bound[3]);
    }

    [Fact]
    public void ARuleNeverReachesAcrossALineBreak()
    {
        Inline[] inlines = [new TextRun("сумма 312"), LineBreak.Instance, new TextRun("480 тенге")];

        Assert.Equal(["сумма 312", $"480{Nbsp}тенге"], Typesetter.Apply(inlines).OfType<TextRun>().Select(run => run.Text));
    }

    [Fact]
    public void TheLastWordOfEachSignatureLineIsBoundToTheWordBefore()
    {
        var signature = new SignatureBlock(
            [[new TextRun("Исполняющий обязанности прокурора района")], [new TextRun("государственный советник юстиции 3 класса")], [new TextRun("Прокурор")]],
            [new TextRun("А. Төлегенов")]);

        var bound = (SignatureBlock)Typesetter.Apply(signature);

        Assert.Equal(
            [$"Исполняющий обязанности прокурора{Nbsp}района", $"государственный советник юстиции 3{Nbsp}класса", "Прокурор"],
            bound.PositionLines.Select(PlainText.Of));
        Assert.Equal($"А.{Nbsp}Төлегенов", PlainText.Of(bound.Name));
    }

    [Theory]
    [InlineData(ActLanguage.Kk, "Серікбаеваға Д.Ә. 312 480 теңге төлеу", "Серікбаеваға\u00A0Д.Ә. 312\u00A0480\u00A0теңге төлеу")]
    [InlineData(ActLanguage.Ru, "взыскано с Серікбаевой Д.Ә. 312 480 тенге, № 7", "взыскано с Серікбаевой\u00A0Д.Ә. 312\u00A0480\u00A0тенге, №\u00A07")]
    public void ValuesTypedByPeopleAreTypesetToo(ActLanguage language, string typed, string printed)
    {
        var act = ExampleActs.Load<Protest>(language) with { Findings = typed };

        var text = PlainText.Of(ActComposer.Default.Compose(act));

        Assert.Contains(printed, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActLanguage.Kk, "БЕКІТЕМІН", "20__ жылғы «___» ____________")]
    [InlineData(ActLanguage.Ru, "УТВЕРЖДАЮ", "«___» ____________ 20__ г.")]
    public void TheApprovalStampOpensTheFirstPageWithItsDateLineToFillIn(ActLanguage language, string stamp, string dateLine)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load<Conclusion>(language));

        var approval = Assert.IsType<ApprovalBlock>(document.Blocks[0]);
        Assert.Equal(stamp, PlainText.Of(approval.Lines[0]));
        Assert.Equal(dateLine, PlainText.Of(approval.Lines[^1]));
        Assert.Single(document.Blocks.OfType<ApprovalBlock>());
    }

    [Theory]
    [InlineData(ActLanguage.Kk, "Астана қаласы Сарыарқа аудандық сотының судьясы Г.Н.\u00A0Төлеубаеваға")]
    [InlineData(ActLanguage.Ru, "Судье Сарыаркинского районного суда города Астаны Төлеубаевой\u00A0Г.Н.")]
    public void AJudgeIsAddressedOnOneLine(ActLanguage language, string line)
    {
        var document = ActComposer.Default.Compose(ExampleActs.Load<Conclusion>(language));

        var addressee = Assert.Single(document.Blocks.OfType<AddresseeBlock>());
        Assert.Equal(line, PlainText.Of(Assert.Single(addressee.Lines)));
    }

    [Theory]
    [MemberData(nameof(ExampleActs.Languages), MemberType = typeof(ExampleActs))]
    public void TheAddressStandsApartFromTheBoldNameLines(ActLanguage language)
    {
        var act = ExampleActs.Load<Protest>(language);

        var addressee = Assert.Single(ActComposer.Default.Compose(act).Blocks.OfType<AddresseeBlock>());

        Assert.Equal(Typesetter.Bind(act.Addressee!.Address!), PlainText.Of(Assert.Single(addressee.AddressLines)));
        Assert.DoesNotContain(addressee.Lines, line => PlainText.Of(line).Contains(act.Addressee.Address!, StringComparison.Ordinal));
    }
}
