using System.Net.Http.Json;
using System.Text.Json;

namespace Supervision.Api.Tests.Operations;

/// <summary>
/// Issue 16, point 3: the command line and the service keep the register and its keys in one data folder by
/// default (here <c>SUPERVISION_DATA</c>, as an operator gives it), so an act the command line issues is listed
/// by the service started on the same folder; the folder and the key file are the owner's alone.
/// </summary>
public sealed class DataFolderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnActIssuedFromTheCommandLineIsListedByTheServiceOnTheSameDataFolder()
    {
        var environment = ServiceAddressTests.Fresh();
        var data = environment["SUPERVISION_DATA"];
        await CliAsync(environment, null, "office", "add", "--index", "1", "--level", "general", "--name-kk", "Қазақстан Республикасының Бас прокуратурасы", "--name-ru", "Генеральная прокуратура Республики Казахстан");
        await CliAsync(environment, null, "office", "add", "--index", "2", "--level", "regional", "--superior", "1", "--name-kk", "Астана қаласының прокуратурасы", "--name-ru", "Прокуратура города Астаны");
        await CliAsync(environment, null, "office", "add", "--index", "2-11", "--level", "district", "--superior", "2", "--name-kk", "Астана қаласы Сарыарқа ауданының прокуратурасы", "--name-ru", "Прокуратура района Сарыарка города Астаны");
        await CliAsync(environment, "a long first password 1\n", "person", "add", "--login", "d.abdirakhmanov", "--office", "2-11",
            "--position", "deputy", "--rank", "junior-counsellor-of-justice", "--surname", "Әбдірахманов", "--given-name", "Даурен", "--patronymic", "Қайратұлы",
            "--title-kk", "Астана қаласы Сарыарқа ауданы прокурорының орынбасары", "--title-ru", "Заместитель прокурора района Сарыарка города Астаны",
            "--iin", "900715400567", "--phone", "8 (7172) 71-25-14", "--role", "drafter", "--role", "signatory", "--password-stdin");
        var client = await CliAsync(environment, null, "client", "add", "--name", "reader", "--scope", "register:read");
        var key = client.Split('\n').Single(line => line.StartsWith("key (shown once", StringComparison.Ordinal)).Split(' ')[^1].Trim();
        var issued = await CliAsync(environment, null, "issue", Path.Combine(ServiceLauncher.RepositoryRoot(), "examples", "instruction.kk.json"), "--by", "d.abdirakhmanov");
        var number = issued.Split('\n').Single(line => line.StartsWith("issued ", StringComparison.Ordinal)).Split(' ')[1];

        var address = new Uri($"http://127.0.0.1:{ServiceLauncher.FreePort()}");
        environment["Urls"] = address.ToString().TrimEnd('/');
        JsonElement list;
        var service = await ServiceLauncher.StartServiceAsync(address, environment, [], Cancellation);
        try
        {
            using var http = new HttpClient { BaseAddress = address };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            list = await http.GetFromJsonAsync<JsonElement>("/api/acts/issued", Cancellation);
        }
        finally
        {
            await service.DisposeAsync();
        }

        Assert.Contains(list.GetProperty("items").EnumerateArray(), item => item.GetRawText().Contains(number, StringComparison.Ordinal));
        Assert.Contains(data, await service.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "supervision.db")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(data, "supervision.db.audit-key")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(data));
        }
    }

    private static async Task<string> CliAsync(Dictionary<string, string> environment, string? input, params string[] arguments)
    {
        var (code, output, error) = await ServiceLauncher.RunCliAsync(environment, input, Cancellation, arguments);
        Assert.True(code == 0, $"{string.Join(' ', arguments.Take(2))}: exit {code}: {error}{output}");
        return output.ReplaceLineEndings("\n");
    }
}
