using System.Text;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Examples;
using Supervision.Reading;

namespace Supervision.Tests.Reading;

/// <summary>Every text of an act is read in Unicode normalisation form C: what looks the same is the same string.</summary>
public sealed class NormalFormTests
{
    // "й" as "и" and U+0306 COMBINING BREVE, "ё" as "е" and U+0308 COMBINING DIAERESIS.
    private const string Decomposed = "Сергеи\u0306 Фёдоров";
    private const string Composed = "Сергей Фёдоров";

    [Fact]
    public void TextsTypedWithCombiningMarksAreReadPrecomposed()
    {
        var json = JsonNode.Parse(ActExamples.Json(ActKind.Instruction, ActLanguage.Ru))!;
        var decomposed = Decomposed.Replace("ё", "е\u0308", StringComparison.Ordinal);
        json["place"] = decomposed;
        json["proceeding"]!["debtor"]!["name"] = decomposed;
        json["violations"] = new JsonArray(decomposed, "Второе нарушение");
        Assert.False(decomposed.IsNormalized(NormalizationForm.FormC));

        var act = (Instruction)ActReader.Read(json.ToJsonString()).Act!;

        Assert.Equal(Composed, act.Place);
        Assert.Equal(Composed, act.Proceeding!.Debtor!.Name);
        Assert.Equal([Composed, "Второе нарушение"], act.Violations);
    }

    [Fact]
    public void AnActWrittenBackIsInFormC()
    {
        var json = JsonNode.Parse(ActExamples.Json(ActKind.Order, ActLanguage.Kk))!;
        json["place"] = "Алматы қ. Әи\u0306";

        var written = ActJson.Serialize(ActReader.Read(json.ToJsonString()).Act!);

        Assert.True(written.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("Алматы қ. Әй", written, StringComparison.Ordinal);
    }
}
