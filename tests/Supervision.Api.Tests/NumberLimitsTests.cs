using System.Net;
using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Api.Problems;

namespace Supervision.Api.Tests;

/// <summary>One set of numeric limits: the form's sum printer refuses what the validator refuses, and an
/// act's numbers are read exactly or refused at their path, never rounded to 0 or to "expected a number".</summary>
public sealed class NumberLimitsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSumPrinterRefusesASumOverTheLargestTheValidatorTakesAndPrintsTheLargest()
    {
        using var largest = await _client.GetAsync("/api/amount?value=999999999999.99&language=ru", Cancellation);
        using var over = await _client.GetAsync("/api/amount?value=1000000000000&language=kk", Cancellation);

        Assert.Equal(HttpStatusCode.OK, largest.StatusCode);
        var problem = await Problems.AssertProblem(over, HttpStatusCode.BadRequest, ProblemTypes.BadQuery);
        Assert.Contains("at most 999 999 999 999,99 tenge", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("proceeding.amount", "1e-400", "the number 1e-400 is too small to be told from 0")]
    [InlineData("proceeding.amount", "1e400", "the number 1e400 is too large to be a sum")]
    [InlineData("considerationDays", "1e400", "the number 1e400 is not a whole number written in digits")]
    [InlineData("considerationDays", "99999999999", "the number 99999999999 is too large: a whole number here is at most 2147483647")]
    public async Task ANumberThatUnderflowsOrOverflowsIsRefusedAtItsPath(string path, string number, string message)
    {
        var act = Requests.Example(ActKind.Submission, ActLanguage.Ru);
        var parent = path.Contains('.', StringComparison.Ordinal) ? act[path.Split('.')[0]]!.AsObject() : act;
        parent[path.Split('.')[^1]] = JsonNode.Parse(number);

        using var response = await _client.PostAsync("/api/acts/validate", Requests.Json(act), Cancellation);

        var problem = await Problems.AssertProblem(response, HttpStatusCode.BadRequest, ProblemTypes.ActUnreadable);
        var error = Assert.Single(Problems.Errors(problem));
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.StartsWith(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
