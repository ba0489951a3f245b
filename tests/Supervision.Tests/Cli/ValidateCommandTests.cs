using Supervision.Acts;
using Supervision.Examples;
using Supervision.Reading;

namespace Supervision.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supervision-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [MemberData(nameof(ExampleActs.All), MemberType = typeof(ExampleActs))]
    public void EveryShippedExampleFilePrintsValidAndExitsZero(string name, ActLanguage language)
    {
        var run = CliRun.Of("validate", Path.Combine(AppContext.BaseDirectory, "examples", $"{name}.{EnumNames.Of(language)}.json"));

        // An example may have warnings (see the README); they never make it invalid.
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("valid", run.OutputLines[^1]);
        Assert.All(run.OutputLines.SkipLast(1), line => Assert.StartsWith("warning: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void AnActWithOnlyWarningsPrintsEachAsWarningPathCodeMessageThenValidAndExitsZero()
    {
        // Five days ahead: within the days the policy allows an act to be dated ahead, so a warning, not an error.
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(5)).DateTime);
        var act = ExampleActs.Load<Order>(ActLanguage.Ru);
        var dated = act with { Date = today.AddDays(5), Deadline = today.AddDays(20), Findings = "Долг в сумме 5 000 тенге не взыскан." };
        var file = Write("warned.json", ActJson.Serialize(dated));

        var run = CliRun.Of("validate", file);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains($"warning: date: date-in-future: Дата акта ({today.AddDays(5):dd.MM.yyyy}) позже сегодняшнего дня ({today:dd.MM.yyyy}) по времени Казахстана. Проверьте дату.", run.OutputLines);
        Assert.Contains(
            "warning: findings: amount-without-words: Сумма «5 000 тенге» указана только цифрами. В актах сумма пишется цифрами с прописью в скобках: 5\u00A0000 (пять тысяч) тенге.",
            run.OutputLines);
        Assert.Equal("valid", run.OutputLines[^1]);
    }

    [Fact]
    public void AnInvalidActPrintsEachErrorAsPathCodeMessageAndExitsOne()
    {
        var act = ExampleActs.Load<Order>(ActLanguage.Ru);
        var broken = act with
        {
            Deadline = act.Date,
            Signatory = act.Signatory! with { Position = SignatoryPosition.Assistant, Title = "Помощник прокурора города Экибастуза" },
        };
        var file = Write("order.json", ActJson.Serialize(broken));

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        // Errors first, then any warnings, and no "valid".
        var errors = run.OutputLines.TakeWhile(line => !line.StartsWith("warning: ", StringComparison.Ordinal));
        Assert.Equal(
            [
                "signatory.position: signatory-not-authorized: В прокуратуре районного уровня помощник прокурора не вправе подписывать акт «предписание об устранении нарушения закона». Вправе подписать: прокурор (первый руководитель), исполняющий обязанности прокурора.",
                $"deadline: term-too-short: Срок исполнения ({act.Date:dd.MM.yyyy}) должен быть позже даты акта ({act.Date:dd.MM.yyyy}).",
            ],
            errors);
        Assert.All(run.OutputLines.Skip(2), line => Assert.StartsWith("warning: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingFileIsOneLineAndExitTwo()
    {
        var run = CliRun.Of("validate", Path.Combine(_folder, "nowhere.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: {Path.Combine(_folder, "nowhere.json")}: cannot read the file: no such file"], run.ErrorLines);
    }

    [Fact]
    public void MalformedJsonIsOneLineWithLineAndColumnAndExitTwo()
    {
        var file = Write("bad.json", "{ \"kind\": \"order\",\n  \"language\": \"kk\"\n  \"number\": \"1\" }");

        var run = CliRun.Of("validate", file);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"error: {file}: line 3, column 3: not valid JSON:", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void AWrongEnumValueIsOneLineAndExitTwo()
    {
        var file = Write("enum.json", """{ "kind": "order", "language": "kk", "signatory": { "position": "prosecutor" } }""");

        var run = CliRun.Of("validate", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [$"error: {file}: line 1, column 77, signatory.position: 'prosecutor' is not one of: head, acting-head, first-deputy, deputy, senior-assistant, assistant"],
            run.ErrorLines);
    }

    [Fact]
    public void AFolderInsteadOfAFileIsOneLineAndExitTwo()
    {
        var run = CliRun.Of("validate", _folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExamplePrintedByTheCliValidates()
    {
        var printed = CliRun.Of("example", "conclusion", "--lang", "ru", "--instance", "appeal");
        var file = Write("printed.json", printed.Output);

        Assert.Equal(0, printed.ExitCode);
        Assert.Equal(ActExamples.Json(ActKind.Conclusion, ActLanguage.Ru, ConclusionInstance.Appeal), printed.Output);
        Assert.Equal("valid", CliRun.Of("validate", file).OutputLines[^1]);
    }
}
