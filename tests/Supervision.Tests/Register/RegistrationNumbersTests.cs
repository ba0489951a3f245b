using Supervision.Acts;
using Supervision.Register;
using Supervision.Validation;

namespace Supervision.Tests.Register;

/// <summary>
/// The issuer validates an act once, with a number of the register's form standing in for the one it will get,
/// and does not validate the numbered act again. That holds only while the validator cannot tell two numbers of
/// the register's form apart: these tests give it the shortest and the longest such number and compare reports.
/// </summary>
public sealed class RegistrationNumbersTests
{
    // The longest office index accepted (20 characters) and the largest sequence: the longest number the register prints.
    private const string LongestOffice = "A1B2-C3D4-E5F6-G7H8I";

    [Fact]
    public void TheLongestOfficeIndexUsedHereIsOneTheRegisterAccepts()
    {
        Assert.Equal(RegistrationNumbers.MaxOfficeCodeLength, LongestOffice.Length);
        Assert.True(RegistrationNumbers.IsOfficeCode(LongestOffice));
    }

    [Theory]
    [MemberData(nameof(ExampleActs.All), MemberType = typeof(ExampleActs))]
    public void EveryExampleGetsTheSameReportWhateverNumberOfTheRegistersFormItCarries(string name, ActLanguage language)
    {
        var act = ExampleActs.Load(name, language);

        Assert.Equal(Report(Numbered(act, "0", 2000, 1)), Report(Numbered(act, LongestOffice, 2099, int.MaxValue)));
        Assert.DoesNotContain(Report(Numbered(act, LongestOffice, 2099, int.MaxValue)), line => line.StartsWith("error number", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInvalidActGetsTheSameErrorsWhateverNumberOfTheRegistersFormItCarries()
    {
        var act = ExampleActs.Load<Instruction>(ActLanguage.Kk) with
        {
            Demands = [],
            Findings = new string('ә', 20_000),
            Signatory = null,
        };

        var shortest = Report(Numbered(act, "0", 2000, 1));

        Assert.Contains(shortest, line => line.StartsWith("error findings:", StringComparison.Ordinal));
        Assert.Equal(shortest, Report(Numbered(act, LongestOffice, 2099, int.MaxValue)));
    }

    private static Act Numbered(Act act, string office, int year, int sequence) =>
        act with { Number = RegistrationNumbers.Format(office, year, sequence) };

    /// <summary>Every error and warning as "error path: code: message" and "warning path: code: message", in order.</summary>
    private static List<string> Report(Act act)
    {
        var report = ActValidator.Default.Validate(act);
        return [.. report.Errors.Select(error => $"error {error}"), .. report.Warnings.Select(warning => $"warning {warning}")];
    }
}
