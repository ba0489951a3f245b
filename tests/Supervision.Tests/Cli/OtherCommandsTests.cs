namespace Supervision.Tests.Cli;

public sealed class OtherCommandsTests
{
    [Theory]
    [InlineData("kk", "632 924 (алты жүз отыз екі мың тоғыз жүз жиырма төрт) теңге 51 (елу бір) тиын")]
    [InlineData("ru", "632 924 (шестьсот тридцать две тысячи девятьсот двадцать четыре) тенге 51 (пятьдесят один) тиын")]
    public void AmountPrintsTheSumAsActsPrintIt(string language, string expected)
    {
        var run = CliRun.Of("amount", "632924.51", "--lang", language);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("632\u00A0924 (", run.Output, StringComparison.Ordinal);
        Assert.Equal(expected, run.Output.TrimEnd('\n').Replace('\u00A0', ' '));
    }

    [Fact]
    public void AmountAcceptsACommaAsTheDecimalSeparator() =>
        Assert.Equal(CliRun.Of("amount", "125000.5", "--lang", "ru").Output, CliRun.Of("amount", "125000,5", "--lang", "ru").Output);

    [Theory]
    [InlineData("-5")]
    [InlineData("1.005")]
    [InlineData("12 500")]
    [InlineData("сто")]
    [InlineData("1000000000000")]
    public void AmountRefusesWhatIsNotASumInTengeWithExitTwo(string sum)
    {
        var run = CliRun.Of("amount", sum, "--lang", "kk");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("example", "complaint", "--lang", "kk")]
    [InlineData("example", "order", "--lang", "en")]
    [InlineData("example", "order", "--instance", "appeal")]
    [InlineData("example", "order", "--lagn", "kk")]
    [InlineData("validate")]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("render", "a.json")]
    [InlineData("amount", "5", "--lang")]
    public void WrongUsageSaysWhatIsWrongAndExitsTwo(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpListsEveryCommand()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("validate FILE", run.Output, StringComparison.Ordinal);
        Assert.Contains("example KIND", run.Output, StringComparison.Ordinal);
        Assert.Contains("amount SUM", run.Output, StringComparison.Ordinal);
    }
}
