using System.Net;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Tests.Register;

/// <summary>A proposal whose template breaks only for one proceeding number is refused at publishing: the linter
/// renders acts generated to take that branch, so the template never goes live.</summary>
public abstract class BranchProposalApiTests : RegisterApiTestBase
{
    private const string Path = "templates-ru/instruction.sbn";

    [Fact]
    public async Task AProposalNestingAThousandBlocksForOneProceedingNumberIs422NamingTheLineAndNothingIsProposed()
    {
        await using var api = await CreateAsync();
        await using var staff = await Staff.CreateAsync(api);
        var client = await staff.AsAsync(Staff.Reader);
        var text = (await GetJsonAsync(client, $"/api/templates/versions/text?path={Uri.EscapeDataString(Path)}")).GetProperty("text").GetString()!.TrimEnd('\n');
        var bodyLine = text.Split('\n').Length + 2;
        var edited = $"{text}\n{{{{ if act.proceeding.number == \"666/66\" }}}}\n{string.Concat(Enumerable.Repeat("- ", 1000))}x\n{{{{ end }}}}\n";

        using var proposal = await PostJsonAsync(client, "/api/templates/proposals", new { path = Path, text = edited });

        var error = Problems.Errors(await Problems.AssertProblem(proposal, HttpStatusCode.UnprocessableEntity, ProblemTypes.TemplateInvalid))[0];
        Assert.Equal((Path, bodyLine), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains("666/66", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty((await GetJsonAsync(client, "/api/templates/proposals")).GetProperty("items").EnumerateArray());
    }
}

public sealed class SqliteBranchProposalApiTests : BranchProposalApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresBranchProposalApiTests : BranchProposalApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
