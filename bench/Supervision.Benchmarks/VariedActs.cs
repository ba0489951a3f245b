using System.Globalization;
using System.Text.Json.Nodes;

namespace Supervision.Benchmarks;

/// <summary>
/// Acts that differ as a quarterly batch's do: each example copied with its own proceeding number, creditor
/// and (where the act has one) sum, the creditors drawn from Kazakh and Russian names whose letters differ, so
/// that consecutive files embed different glyph subsets. Every copy still passes validation.
/// </summary>
internal static class VariedActs
{
    private static readonly string[] Creditors =
    [
        "Жолдасбекова Гүлнар Серікқызы", "Иванов Пётр Сергеевич", "Өмірзақов Нұрлан Ұланұлы", "Щербакова Юлия Эдуардовна",
        "Қуанышбаев Әділ Һадиұлы", "Фёдорова Жанна Цезаревна", "Үсенов Ілияс Ғабитұлы", "Хабибуллина Эльвира Шамилевна",
        "Ыбыраев Ерболат Ңғалиұлы", "Чернышёв Яков Фридрихович", "Бөрібаева Айым Қажымұқанқызы", "Зуева Ксения Вячеславовна",
    ];

    /// <summary><paramref name="count"/> acts, the examples taken in turn, each with its own values.</summary>
    public static string[] Of(string[] examples, int count) =>
        Enumerable.Range(0, count).Select(index => Vary(examples[index % examples.Length], index)).ToArray();

    private static string Vary(string json, int index)
    {
        var act = JsonNode.Parse(json)!.AsObject();
        var proceeding = act["proceeding"]!.AsObject();
        proceeding["number"] = string.Create(CultureInfo.InvariantCulture, $"{1000 + index}/25");
        proceeding["creditor"]!["name"] = Creditors[index % Creditors.Length];
        if (proceeding["amount"] is not null)
        {
            proceeding["amount"] = Math.Round(10_000m + index * 7_919.37m, 2);
        }

        return act.ToJsonString();
    }
}
