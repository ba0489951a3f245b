using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Pages.Editor;
using Supervision.Api.Pages.Forms;

using Supervision.Register;

namespace Supervision.Web.Tests;

/// <summary>The data endpoints the pages read: the form's words, sums in words, the live templates.</summary>
public sealed class PageDataTests(WebApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string, string> KindsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in EnumNames.All<ActKind>())
        {
            data.Add(kind, "kk");
            data.Add(kind, "ru");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public async Task Every_field_of_the_schema_has_its_words_and_every_choice_its_text(string kind, string language)
    {
        var schema = JsonNode.Parse(await app.Http.GetStringAsync(new Uri($"/api/acts/{kind}/schema", UriKind.Relative), TestContext.Current.CancellationToken))!;
        var form = (await app.Http.GetFromJsonAsync<ActForm>(new Uri($"/api/acts/{kind}/form?language={language}", UriKind.Relative), Json, TestContext.Current.CancellationToken))!;

        foreach (var (path, node) in Paths(schema, schema, string.Empty).Where(pair => pair.Path is not "kind" and not "language"))
        {
            Assert.True(form.Fields.TryGetValue(path, out var field), $"{kind}: no words for {path}");
            Assert.NotEqual(path, field.Label);
            if (node["enum"] is JsonArray values)
            {
                var offered = field.Choices!.Select(choice => choice.Value).ToList();
                Assert.Subset(values.Where(value => value is not null).Select(value => value!.GetValue<string>()).ToHashSet(), offered.ToHashSet());
                Assert.All(field.Choices!, choice => Assert.NotEqual(choice.Value, choice.Text));
            }
        }

        var placed = form.Sections.SelectMany(section => section.Fields).Concat(form.Toolbar).ToList();
        var topLevel = schema["properties"]!.AsObject().Select(pair => pair.Key).Where(name => name is not "kind" and not "language");
        Assert.Equal(topLevel.Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Help_texts_stand_beside_labels_with_the_same_keys()
    {
        var kazakh = FieldHelp.For(ActLanguage.Kk);
        var russian = FieldHelp.For(ActLanguage.Ru);

        Assert.Equal(kazakh.Keys.Order(StringComparer.Ordinal), russian.Keys.Order(StringComparer.Ordinal));
        var labelled = Supervision.Validation.ValidationMessages.For(ActLanguage.Kk).LabelledFields.ToHashSet();
        Assert.Subset(labelled, kazakh.Keys.ToHashSet());
        var form = (await app.Http.GetFromJsonAsync<ActForm>(new Uri("/api/acts/instruction/form?language=kk", UriKind.Relative), Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(kazakh["signatory.title"], form.Fields["signatory.title"].Help);
    }

    [Theory]
    [InlineData("instance")]
    public async Task The_review_sections_appear_exactly_where_the_validator_wants_them(string field)
    {
        var form = (await app.Http.GetFromJsonAsync<ActForm>(new Uri("/api/acts/conclusion/form?language=ru", UriKind.Relative), Json, TestContext.Current.CancellationToken))!;
        var conditional = form.Fields.Where(pair => pair.Value.When is not null).ToList();
        Assert.All(conditional, pair => Assert.Equal(field, pair.Value.When!.Field));

        // Without each section an appeal conclusion is incomplete; with it a first-instance one is wrong.
        var appeal = await Example("conclusion", "appeal");
        var first = await Example("conclusion", "first");
        foreach (var (path, _) in conditional)
        {
            var without = appeal.DeepClone().AsObject();
            without.Remove(path);
            Assert.Contains(await Errors(without), error => error.Path == path && error.Code == "required");

            var with = first.DeepClone().AsObject();
            with[path] = appeal[path]!.DeepClone();
            Assert.Contains(await Errors(with), error => error.Path == path && error.Code == "not-applicable");
        }
    }

    [Theory]
    [InlineData("order", "required", "required", "findings")]
    [InlineData("submission", "required", "optional", "findings")]
    [InlineData("review-conclusion", "none", "required", "resolution")]
    public async Task Parts_the_policy_decides_are_marked_for_the_kind(string kind, string addressee, string proceeding, string prose)
    {
        var form = (await app.Http.GetFromJsonAsync<ActForm>(new Uri($"/api/acts/{kind}/form?language=kk", UriKind.Relative), Json, TestContext.Current.CancellationToken))!;

        Assert.Equal(addressee, form.Fields["addressee"].Presence);
        Assert.Equal(proceeding, form.Fields["proceeding"].Presence);
        Assert.True(form.Fields["proceeding.amount"].Amount);
        Assert.True(form.Fields[prose].Prose);
        Assert.False(form.Fields["number"].Prose);
    }

    [Theory]
    [InlineData("125000", "kk", "125\u00A0000 (жүз жиырма бес мың) теңге")]
    [InlineData("632924.51", "ru", "632\u00A0924 (шестьсот тридцать две тысячи девятьсот двадцать четыре) тенге 51 (пятьдесят один) тиын")]
    public async Task A_sum_comes_back_as_acts_print_it(string value, string language, string text)
    {
        var answer = await app.Http.GetFromJsonAsync<AmountText>(new Uri($"/api/amount?value={value}&language={language}", UriKind.Relative), Json, TestContext.Current.CancellationToken);

        Assert.Equal(text, answer!.Text);
    }

    [Theory]
    [InlineData("value=-5&language=kk")]
    [InlineData("value=1.234&language=kk")]
    [InlineData("value=abc&language=ru")]
    [InlineData("value=5&language=en")]
    [InlineData("value=5")]
    public async Task A_sum_that_cannot_be_printed_is_a_bad_query(string query)
    {
        using var response = await app.Http.GetAsync(new Uri($"/api/amount?{query}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_live_template_comes_with_the_partials_it_includes()
    {
        using var reader = await app.ClientWithKeyAsync("page-data.live-template", ClientScope.TemplatesRead);
        var template = (await reader.GetFromJsonAsync<EditableTemplate>(new Uri("/api/templates/conclusion?language=ru&instance=appeal", UriKind.Relative), Json, TestContext.Current.CancellationToken))!;

        Assert.Equal("templates-ru/conclusion.sbn", template.File);
        Assert.Equal(template.File, template.Files[0].File);
        Assert.Contains(template.Files, file => file.File == "templates-ru/_approval.sbn");
        Assert.DoesNotContain(template.Files, file => file.File.StartsWith("templates-kk/", StringComparison.Ordinal));
        Assert.Equal(Supervision.Templating.TemplateSet.Embedded.Files.Single(file => file.Path == "templates-ru/_signature.sbn").Text,
            template.Files.Single(file => file.File == "templates-ru/_signature.sbn").Text);
    }

    [Theory]
    [InlineData("/api/templates/order?language=kz", HttpStatusCode.BadRequest)]
    [InlineData("/api/templates/order?language=kk&instance=appeal", HttpStatusCode.BadRequest)]
    [InlineData("/api/templates/decree?language=kk", HttpStatusCode.NotFound)]
    [InlineData("/api/acts/order/form", HttpStatusCode.BadRequest)]
    [InlineData("/api/acts/decree/form?language=ru", HttpStatusCode.NotFound)]
    [InlineData("/api/acts/order/form?language=ru&lang=kk", HttpStatusCode.BadRequest)]
    public async Task Wrong_questions_to_the_page_endpoints_are_problems(string path, HttpStatusCode status)
    {
        // The live templates need a principal (templates:read), the forms acts:render: a client holding both asks.
        using var client = await app.ClientWithKeyAsync($"page-data.{Guid.NewGuid():N}", ClientScope.TemplatesRead, ClientScope.ActsRender);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    // Every property of the schema with its path, following "$ref" to a part written once before.
    private static IEnumerable<(string Path, JsonNode Node)> Paths(JsonNode root, JsonNode schema, string prefix)
    {
        var properties = Deref(root, schema)?["properties"]?.AsObject() ?? Deref(root, schema["items"])?["properties"]?.AsObject();
        foreach (var (name, node) in properties ?? [])
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var target = Deref(root, node)!;
            yield return (path, target);
            foreach (var inner in Paths(root, target, path))
            {
                yield return inner;
            }
        }
    }

    private static JsonNode? Deref(JsonNode root, JsonNode? node) =>
        node?["$ref"]?.GetValue<string>() is { } reference
            ? reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate((JsonNode?)root, (at, part) => at?[part])
            : node;

    private async Task<JsonObject> Example(string kind, string instance) =>
        JsonNode.Parse(await app.Http.GetStringAsync(new Uri($"/api/acts/{kind}/example?language=ru&instance={instance}", UriKind.Relative), TestContext.Current.CancellationToken))!.AsObject();

    private async Task<IReadOnlyList<Supervision.Validation.ValidationError>> Errors(JsonObject act)
    {
        using var content = new StringContent(act.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await app.Http.PostAsync(new Uri("/api/acts/validate", UriKind.Relative), content, TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return [];
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        return problem!["errors"].Deserialize<List<Supervision.Validation.ValidationError>>(Json)!;
    }
}
