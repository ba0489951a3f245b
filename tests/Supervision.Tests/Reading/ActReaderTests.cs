using Supervision.Acts;
using Supervision.Examples;
using Supervision.Reading;

namespace Supervision.Tests.Reading;

public sealed class ActReaderTests
{
    private static ActReadError Refused(string json)
    {
        var result = ActReader.Read(json);
        Assert.False(result.Succeeded, "the reader accepted it");
        return result.Error;
    }

    [Fact]
    public void AnExampleReadsIntoItsKindsModel()
    {
        var result = ActReader.Read(ActExamples.Json(ActKind.Protest, ActLanguage.Ru));

        var protest = Assert.IsType<Protest>(result.Act);
        Assert.Equal(ActLanguage.Ru, protest.Language);
        Assert.Equal(ContestedResolutionType.Suspension, protest.ContestedResolution?.Type);
    }

    [Fact]
    public void AMissingFieldIsLeftToTheValidatorNotRefused()
    {
        var result = ActReader.Read("""{ "kind": "order", "language": "kk" }""");

        Assert.True(result.Succeeded);
        Assert.Null(((Order)result.Act).Deadline);
    }

    [Fact]
    public void AWrongEnumValueNamesThePathTheLineAndTheAcceptedValues()
    {
        var error = Refused("""
            {
              "kind": "order",
              "language": "kk",
              "office": { "level": "distric" }
            }
            """);

        // The column is where the reader stopped: just after the offending value.
        Assert.Equal("line 4, column 33, office.level: 'distric' is not one of: general, regional, district", error.ToString());
    }

    [Fact]
    public void AnUnknownPropertyIsAnErrorNotSilentlyDropped()
    {
        var error = Refused("""{ "kind": "order", "language": "ru", "signatory": { "rank": "x" } }""");

        Assert.Equal("signatory.rank", error.Path);
        Assert.Equal("unknown property 'rank'", error.Message);
    }

    [Fact]
    public void AnUnknownKindListsTheKinds()
    {
        var error = Refused("""{ "kind": "complaint", "language": "kk" }""");

        Assert.Equal("kind", error.Path);
        Assert.Contains("instruction, order, submission, protest, conclusion", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheKindAndLanguageMustBeGiven()
    {
        Assert.Equal("kind", Refused("""{ "language": "kk" }""").Path);
        Assert.Equal("language", Refused("""{ "kind": "order" }""").Path);
        Assert.Equal("language", Refused("""{ "kind": "order", "language": "en" }""").Path);
    }

    [Fact]
    public void AnImpossibleDateIsRefusedWithTheFormExpected()
    {
        var error = Refused("""{ "kind": "order", "language": "kk", "date": "2025-02-30" }""");

        Assert.Equal("date", error.Path);
        Assert.Equal("expected a date written as YYYY-MM-DD", error.Message);
    }

    [Theory]
    [InlineData("""{ "kind": "order", "language": "kk", "proceeding": { "amount": "125000" } }""", "proceeding.amount", "expected a number")]
    [InlineData("""{ "kind": "order", "language": "kk", "violations": "one" }""", "violations", "expected a list of texts")]
    [InlineData("""{ "kind": "order", "language": "kk", "violations": [1] }""", "violations[0]", "expected a text in quotes")]
    [InlineData("""{ "kind": "protest", "language": "kk", "proceedingSuspended": "yes" }""", "proceedingSuspended", "expected true or false")]
    [InlineData("""{ "kind": "submission", "language": "kk", "considerationDays": 10.5 }""", "considerationDays", "expected a whole number")]
    [InlineData("""{ "kind": "order", "language": "kk", "office": "district" }""", "office", "expected an object { ... }")]
    public void AValueOfTheWrongTypeSaysWhatWasExpected(string json, string path, string message)
    {
        var error = Refused(json);

        Assert.Equal(path, error.Path);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void AGivenTwicePropertyIsRefused() =>
        Assert.Equal("property 'number' is given twice", Refused("""{ "kind": "order", "language": "kk", "number": "1", "number": "2" }""").Message);

    [Fact]
    public void MalformedJsonGivesTheLineAndColumnInCharacters()
    {
        var error = Refused("{ \"kind\": \"order\",\n  \"place\": \"Қарағанды\" x }");

        Assert.Equal(2, error.Line);
        Assert.Equal(24, error.Column);
        Assert.StartsWith("not valid JSON:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"order\"")]
    [InlineData("{ \"kind\": \"order\", ")]
    public void AnythingButAnObjectIsRefused(string json) => Refused(json);

    [Fact]
    public void DeepNestingIsRefusedNotFollowed()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));

        Assert.Contains("deep", Refused($$"""{ "kind": "order", "language": "kk", "x": {{deep}} }""").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActWrittenBackReadsTheSame()
    {
        var act = ExampleActs.Load("conclusion-appeal", ActLanguage.Kk);

        var json = ActJson.Serialize(act);
        var again = ActReader.Read(json);

        Assert.True(again.Succeeded, again.Error?.ToString());
        Assert.Equal(json, ActJson.Serialize(again.Act));
        Assert.StartsWith("{\n  \"kind\": \"conclusion\",\n  \"language\": \"kk\"", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"kind\":\"\\uD800\"}")]
    [InlineData("{\"kind\":\"order\",\"language\":\"kk\",\"place\":\"\\uD800x\"}")]
    [InlineData("{\"kind\":\"order\",\"language\":\"kk\",\"x\\uDC00\": 1}")]
    public void HalfACharacterIsRefusedNotThrown(string json) =>
        Assert.Contains("half of a character", Refused(json).Message, StringComparison.Ordinal);
}
