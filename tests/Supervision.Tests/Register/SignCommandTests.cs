using System.Security.Cryptography;
using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>sign prepare, sign attach and verify on the command line, end to end, with a PKI made in the test and a CMS made by openssl.</summary>
public abstract class SignCommandTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>One PKI for every test of the class: the command line reads its trust store from the process's environment.</summary>
    private static readonly Lazy<TestPki> Pki = new(() =>
    {
        var pki = TestPki.Create();
        Environment.SetEnvironmentVariable("Signing__TrustStore", pki.TrustStore);
        return pki;
    });

    [Fact]
    public async Task TheSignatoryPreparesAndAttachesAndVerifyTellsTheSignedFileOfTheRegisterFromAChangedOne()
    {
        var pki = Pki.Value;
        await using var database = await CreateAsync();
        await Staff.RegisterOfficesAsync(database.Register);
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.AddAsync(Staff.Deputy(), Staff.Admin, Cancellation));
        Assert.IsType<PersonOutcome.Done>(await database.Register.People.AddAsync(Staff.Head(PersonRole.Signatory), Staff.Admin, Cancellation));
        var folder = Directory.CreateTempSubdirectory("supervision-sign-");
        try
        {
            var example = Path.Combine(folder.FullName, "instruction.kk.json");
            await File.WriteAllTextAsync(example, Examples.ActExamples.Json("instruction", ActLanguage.Kk), Cancellation);
            var issued = database.Cli("issue", example, "--by", Staff.Deputy().Login, "--db", database.Connection);
            Assert.Equal(0, issued.ExitCode);
            var toSign = Path.Combine(folder.FullName, "tosign.bin");

            var byTheHead = database.Cli("sign", "prepare", "1", "--out", toSign, "--by", Staff.Head().Login, "--db", database.Connection);
            var prepare = database.Cli("sign", "prepare", "1", "--out", toSign, "--by", Staff.Deputy().Login, "--db", database.Connection);
            var preparedId = prepare.OutputLines[0]["prepared ".Length..];
            var cms = Path.Combine(folder.FullName, "sig.der");
            await File.WriteAllBytesAsync(cms, pki.Issue("ӘБДІРАХМАНОВ ДАУРЕН", Staff.DeputyIin).Sign(await File.ReadAllBytesAsync(toSign, Cancellation)), Cancellation);
            var attach = database.Cli("sign", "attach", "1", "--cms", cms, "--prepared", preparedId, "--by", Staff.Deputy().Login, "--db", database.Connection);
            var signedPdf = Path.Combine(folder.FullName, "signed.pdf");
            var document = database.Cli("register", "document", "1", "--format", "pdf", "--out", signedPdf, "--db", database.Connection);
            var verify = database.Cli("verify", signedPdf, "--db", database.Connection);
            var changed = await File.ReadAllBytesAsync(signedPdf, Cancellation);
            changed[100] ^= 0x01;
            var changedPdf = Path.Combine(folder.FullName, "changed.pdf");
            await File.WriteAllBytesAsync(changedPdf, changed, Cancellation);
            var verifyChanged = database.Cli("verify", changedPdf, "--db", database.Connection);

            Assert.Equal(2, byTheHead.ExitCode);
            Assert.StartsWith("error: forbidden: ", byTheHead.Error, StringComparison.Ordinal);
            Assert.Equal(0, prepare.ExitCode);
            Assert.Equal($"sha256 {Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(toSign, Cancellation)))}", prepare.OutputLines[1]);
            Assert.Matches("^[0-9a-f]{32}$", preparedId);
            Assert.True(attach.ExitCode == 0, attach.Error);
            Assert.Contains($"iin {Staff.DeputyIin}", attach.OutputLines);
            Assert.Equal(0, document.ExitCode);
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(signedPdf, Cancellation)));
            Assert.Contains($"sha256 {sha256}", attach.OutputLines);
            Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
            Assert.Contains("register: the signed PDF of act 1", verify.OutputLines);
            Assert.Contains($"iin {Staff.DeputyIin}", verify.OutputLines);
            Assert.Contains("signer ӘБДІРАХМАНОВ ДАУРЕН", verify.OutputLines);
            Assert.Contains(verify.OutputLines, line => line.StartsWith("valid ", StringComparison.Ordinal));
            Assert.Contains("covers the whole file", verify.OutputLines);
            Assert.Equal("signature: valid, trusted", verify.OutputLines[^1]);
            Assert.Equal(1, verifyChanged.ExitCode);
            Assert.Contains("register: not a document of this register", verifyChanged.OutputLines);
            Assert.StartsWith("signature: not valid: cms-wrong-content", verifyChanged.OutputLines[^1], StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

public sealed class SqliteSignCommandTests : SignCommandTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresSignCommandTests : SignCommandTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
