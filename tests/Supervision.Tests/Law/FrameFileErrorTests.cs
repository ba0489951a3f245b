using Supervision.Law;

namespace Supervision.Tests.Law;

/// <summary>A frame file with an error is refused when it is loaded, with a message naming the place.</summary>
public sealed class FrameFileErrorTests
{
    private const string Laws = """
        "laws": { "p": { "source": "s", "date": "2017-06-30", "number": "81-VI",
          "kk": { "genitive": "«Прокуратура туралы» {dated} Заңының" }, "ru": { "genitive": "Закона {dated} «О прокуратуре»" } } }
        """;

    private static string Frame(string id, string from, string kinds, string extra = "") =>
        $$"""{ "id": "{{id}}", "title": "t", "from": "{{from}}", "source": "s", {{extra}} "kinds": { {{kinds}} } }""";

    private const string Protest = """
        "protest": { "source": "s", "citations": { "basis": { "law": "p", "articles": ["24"], "source": "s" },
          "instruction": { "law": "p", "paragraphs": ["9"], "source": "s" } },
          "terms": { "consideration": { "days": 10, "unit": "calendar-days", "source": "s" } } }
        """;

    private static string Refused(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => LegalFrames.Default.Extend(json, "new.json"));
        return error.Message;
    }

    [Fact]
    public void AFrameStartingInsideAnotherIsRefusedAsOverlapping()
    {
        var message = Refused($$"""{ "about": "a", {{Laws}}, "frames": [ {{Frame("a", "2017-07-15", Protest, "\"inherits\": \"seed\", \"until\": \"2018-12-31\",")}}, {{Frame("b", "2018-06-01", Protest, "\"inherits\": \"seed\",")}} ] }""");

        Assert.Contains("new.json: frames[1] \"b\"", message, StringComparison.Ordinal);
        Assert.Contains("overlap", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKindIsRefusedWithItsPlace()
    {
        var message = Refused($$"""{ "about": "a", {{Laws}}, "frames": [ {{Frame("a", "2017-07-15", Protest.Replace("\"protest\"", "\"protests\"", StringComparison.Ordinal), "\"inherits\": \"seed\",")}} ] }""");

        Assert.Contains("new.json: frames[0] \"a\".kinds.protests: unknown kind of act", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALawWithoutItsRussianNameIsRefused()
    {
        var message = Refused($$"""{ "about": "a", "laws": { "p": { "source": "s", "kk": { "genitive": "Заңының" } } }, "frames": [] }""");

        Assert.StartsWith("new.json at $.laws.p (line 1):", message, StringComparison.Ordinal);
        Assert.Contains("'ru'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFrameMissingKindsWithNothingToInheritNamesThem()
    {
        var message = Refused($$"""{ "about": "a", {{Laws}}, "frames": [ {{Frame("a", "2017-07-15", Protest)}} ] }""");

        Assert.Contains("frames[0] \"a\": no entry for: instruction, order, submission", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACitationOfAnUnknownLawAndAMissingTermAreBothReported()
    {
        var broken = Protest.Replace("\"law\": \"p\", \"articles\"", "\"law\": \"q\", \"articles\"", StringComparison.Ordinal)
            .Replace("\"consideration\"", "\"review\"", StringComparison.Ordinal);

        var message = Refused($$"""{ "about": "a", {{Laws}}, "frames": [ {{Frame("a", "2017-07-15", broken, "\"inherits\": \"seed\",")}} ] }""");

        Assert.Contains("kinds.protest.citations.basis.law: unknown law \"q\"", message, StringComparison.Ordinal);
        Assert.Contains("kinds.protest.terms: no term \"consideration\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypoInAFieldNameIsRefusedWithItsPath()
    {
        var message = Refused("""{ "about": "a", "laws": { "p": { "source": "s", "kk": { "genitiv": "x" }, "ru": { "genitive": "y" } } }, "frames": [] }""");

        Assert.Contains("new.json at $.laws.p.kk.genitiv", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedFramesCoverEveryDayFromTheSeedOn()
    {
        var seed = Assert.Single(LegalFrames.Default.Frames);

        Assert.Equal("seed", seed.Id);
        Assert.Same(seed, LegalFrames.Default.At(new DateOnly(2030, 1, 1)));
        Assert.Null(LegalFrames.Default.At(seed.From.AddDays(-1)));
    }
}
