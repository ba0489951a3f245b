using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Problems;
using Supervision.Api.Register;
using Supervision.Api.Signing;
using Supervision.Api.Tests.Register;
using Supervision.Register;

namespace Supervision.Api.Tests.Signing;

/// <summary>
/// Signing an issued act's PDF with the signatory's own key, through the API, with a PKI made in the test and
/// CMSs made by openssl as the signatory's machine would: prepare, attach, every reason a CMS is refused, who
/// may sign, and what others' tools (pdfsig, openssl) and the audit make of the result.
/// </summary>
public abstract class SignatureApiTests : RegisterApiTestBase
{
    [Fact]
    public async Task TheSignatoryPreparesAndAttachesAndTheActsPdfIsThenTheSignedFileThatPdfsigAndOpensslAccept()
    {
        using var pki = TestPki.Create();
        await using var api = await CreateAsync(("Signing:TrustStore", pki.TrustStore));
        await using var staff = await Staff.CreateAsync(api);
        var id = (await staff.IssueAsync(Instruction())).GetProperty("id").GetInt64();
        var signatory = await staff.AsAsync(Staff.Deputy);
        var certificate = pki.Issue("ӘБДІРАХМАНОВ ДАУРЕН", Sessions.Iin(Staff.Deputy));

        var (preparedId, toSign, prepared) = await PrepareAsync(signatory, id);
        var cms = certificate.Sign(toSign);
        using var attached = await AttachAsync(signatory, id, preparedId, cms);
        var signature = await ReadJsonAsync(attached);
        using var served = await (await staff.AsAsync(Staff.Reader)).GetAsync($"/api/acts/issued/{id}/document?format=pdf", Cancellation);
        var pdf = await served.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.Equal(Convert.ToBase64String(SHA256.HashData(toSign)), prepared.GetProperty("digest").GetString());
        var ranges = prepared.GetProperty("byteRange").EnumerateArray().Select(value => value.GetInt64()).ToArray();
        Assert.Equal(0, ranges[0]);
        Assert.Equal(ranges[1] + ranges[3], toSign.Length);
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        Assert.Equal(Sessions.Iin(Staff.Deputy), signature.GetProperty("iin").GetString());
        Assert.Equal("Әбдірахманов Даурен Қайратұлы", signature.GetProperty("signer").GetString());
        Assert.Contains("SERIALNUMBER=IIN" + Sessions.Iin(Staff.Deputy), signature.GetProperty("certificate").GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("CN=Supervision Test CA", signature.GetProperty("certificate").GetProperty("issuer").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(signature.GetProperty("sha256").GetString(), Sha256(pdf));
        Assert.Equal(Sha256(pdf), Assert.Single(served.Headers.GetValues(IssuedActsController.ContentSha256Header)));
        Assert.Equal("true", Assert.Single(served.Headers.GetValues(IssuedActsController.MatchesIssuedHeader)));
        Assert.Equal(toSign, pdf[..(int)ranges[1]].Concat(pdf[(int)ranges[2]..]).ToArray());

        var file = Path.Combine(pki.Folder, "signed.pdf");
        await File.WriteAllBytesAsync(file, pdf, Cancellation);
        var checkedByPdfsig = Tools.Run("pdfsig", "-nssdir", "sql:" + pki.NssDatabase(), file);
        Assert.Contains("Signature is Valid.", checkedByPdfsig, StringComparison.Ordinal);
        Assert.Contains("Total document signed", checkedByPdfsig, StringComparison.Ordinal);
        Assert.True(checkedByPdfsig.Contains("Certificate is Trusted.", StringComparison.Ordinal), checkedByPdfsig);
        Assert.Contains("ETSI.CAdES.detached", checkedByPdfsig, StringComparison.Ordinal);

        // The signed file is the act with its e-document note (Law No. 370-II art. 7 p. 1) and signer at the
        // foot of the last page, and the incremental update kept the catalog's structure tree.
        var text = string.Join(' ', Tools.Run("pdftotext", "-layout", file, "-").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Данный документ согласно пункту 1 статьи 7 Закона Республики Казахстан от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.", text, StringComparison.Ordinal);
        Assert.Contains("Подписано ЭЦП: Әбдірахманов Даурен Қайратұлы, Заместитель прокурора района Сарыарка города Астаны", text, StringComparison.Ordinal);
        Assert.Contains("Tagged:          yes", Tools.Run("pdfinfo", file), StringComparison.Ordinal);

        var content = Path.Combine(pki.Folder, "tosign.bin");
        var der = Path.Combine(pki.Folder, "sig.der");
        await File.WriteAllBytesAsync(content, toSign, Cancellation);
        await File.WriteAllBytesAsync(der, cms, Cancellation);
        Assert.Contains("Verification successful", Tools.Run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", der, "-content", content, "-CAfile", pki.CaPem, "-purpose", "any", "-out", "/dev/null"), StringComparison.Ordinal);

        var changed = (byte[])pdf.Clone();
        changed[(int)ranges[1] / 2] ^= 0x01;
        await File.WriteAllBytesAsync(file, changed, Cancellation);
        Assert.DoesNotContain("Signature is Valid.", Tools.Run("pdfsig", true, "-nssdir", "sql:" + Path.Combine(pki.Folder, "nss"), file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryReasonACmsIsRefusedIsA422OfItsOwnTypeAndNothingIsStored()
    {
        using var pki = TestPki.Create();
        using var stranger = TestPki.Create("Stranger CA");
        await using var api = await CreateAsync(("Signing:TrustStore", pki.TrustStore));
        await using var staff = await Staff.CreateAsync(api);
        var id = (await staff.IssueAsync(Instruction())).GetProperty("id").GetInt64();
        var signatory = await staff.AsAsync(Staff.Deputy);
        var iin = Sessions.Iin(Staff.Deputy);
        var own = pki.Issue("ӘБДІРАХМАНОВ ДАУРЕН", iin);
        var expired = pki.Issue("ӘБДІРАХМАНОВ ДАУРЕН", iin, pki.Now.AddYears(-2), pki.Now.AddYears(-1));
        var revoked = pki.Issue("ӘБДІРАХМАНОВ ДАУРЕН", iin);
        pki.Revoke(revoked);
        var (preparedId, toSign, _) = await PrepareAsync(signatory, id);
        var otherBytes = (byte[])toSign.Clone();
        otherBytes[^1] ^= 0x01;
        var tampered = own.Sign(toSign);
        tampered[^1] ^= 0x01; // the last bytes of openssl's CMS are the signature value's

        (byte[] Cms, string Code)[] cases =
        [
            (RandomNumberGenerator.GetBytes(300), SignatureRejection.CmsMalformed),
            (own.Sign(toSign, "-certfile", Bundle(pki, 30)), SignatureRejection.CmsTooLarge),
            (own.Sign(toSign, "-nodetach"), SignatureRejection.CmsNotDetached),
            (own.Sign(otherBytes), SignatureRejection.CmsWrongContent),
            (tampered, SignatureRejection.SignatureInvalid),
            (stranger.Issue("ӘБДІРАХМАНОВ ДАУРЕН", iin).Sign(toSign), SignatureRejection.CertificateUntrusted),
            (expired.Sign(toSign), SignatureRejection.CertificateNotValidAtSigningTime),
            (revoked.Sign(toSign), SignatureRejection.CertificateRevoked),
            (pki.Issue("СЕРІКБАЕВ НҰРЛАН", Sessions.Iin(Staff.Head)).Sign(toSign), SignatureRejection.SignerIinMismatch),
            (pki.IssueGost("ӘБДІРАХМАНОВ ДАУРЕН", iin).SignAsGost(toSign), SignatureRejection.GostUnsupported),
            (own.Sign(toSign, "-md", "sha512"), SignatureRejection.AlgorithmUnsupported),
        ];

        foreach (var (cms, code) in cases)
        {
            using var refused = await AttachAsync(signatory, id, preparedId, cms);
            var problem = await Problems.AssertProblem(refused, HttpStatusCode.UnprocessableEntity, ProblemTypes.Prefix + code);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
            if (code == SignatureRejection.GostUnsupported)
            {
                Assert.Contains("GOST 34.310 certificates are not supported; sign with an RSA certificate", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
                Assert.Contains("1.2.398.3.10.1.1.1.1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM act_signatures"));
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'attach-signature'"));

        // The preparation waited through every refusal; the signatory's own CMS is then accepted, once.
        using var accepted = await AttachAsync(signatory, id, preparedId, own.Sign(toSign));
        using var again = await AttachAsync(signatory, id, preparedId, own.Sign(toSign));
        using var prepareAgain = await signatory.PostAsync($"/api/acts/issued/{id}/signature/prepare", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await Problems.AssertProblem(again, HttpStatusCode.Conflict, RegisterProblemTypes.Conflict);
        await Problems.AssertProblem(prepareAgain, HttpStatusCode.Conflict, RegisterProblemTypes.Conflict);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM signature_preparations"));
    }

    [Fact]
    public async Task OnlyTheActsSignatoryPreparesAndAttachesAndAPreparationExpiresAfterThirtyMinutes()
    {
        using var pki = TestPki.Create();
        await using var api = await CreateAsync(("Signing:TrustStore", pki.TrustStore));
        await using var staff = await Staff.CreateAsync(api);
        var id = (await staff.IssueAsync(Instruction())).GetProperty("id").GetInt64();
        var signatory = await staff.AsAsync(Staff.Deputy);
        var head = await staff.AsAsync(Staff.Head);
        var own = pki.Issue("ӘБДІРАХМАНОВ ДАУРЕН", Sessions.Iin(Staff.Deputy));

        using var byTheHead = await head.PostAsync($"/api/acts/issued/{id}/signature/prepare", null, Cancellation);
        using var unknownAct = await signatory.PostAsync("/api/acts/issued/99/signature/prepare", null, Cancellation);
        using var withBody = await signatory.PostAsync($"/api/acts/issued/{id}/signature/prepare", Requests.Json("{}"), Cancellation);
        var (preparedId, toSign, _) = await PrepareAsync(signatory, id);
        using var attachedByTheHead = await AttachAsync(head, id, preparedId, own.Sign(toSign));
        using var unknownPreparation = await AttachAsync(signatory, id, "0123456789abcdef0123456789abcdef", own.Sign(toSign));
        using var notBase64 = await signatory.PostAsync($"/api/acts/issued/{id}/signature", Requests.Json(new JsonObject { ["preparedId"] = preparedId, ["cms"] = "not base64!" }), Cancellation);
        using var unknownProperty = await signatory.PostAsync($"/api/acts/issued/{id}/signature", Requests.Json(new JsonObject { ["preparedId"] = preparedId, ["cms"] = "AA==", ["signedBy"] = Staff.Deputy }), Cancellation);
        api.Clock.Set(api.Clock.GetUtcNow() + ActSignatures.PreparationLifetime + TimeSpan.FromMinutes(1));
        using var expired = await AttachAsync(signatory, id, preparedId, own.Sign(toSign));

        await Problems.AssertProblem(byTheHead, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await Problems.AssertProblem(unknownAct, HttpStatusCode.NotFound, RegisterProblemTypes.IssuedActNotFound);
        await Problems.AssertProblem(withBody, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable);
        await Problems.AssertProblem(attachedByTheHead, HttpStatusCode.Forbidden, ProblemTypes.Forbidden);
        await Problems.AssertProblem(unknownPreparation, HttpStatusCode.NotFound, SigningProblems.PreparationNotFoundType);
        Assert.Equal("cms", (await Problems.AssertProblem(notBase64, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable)).GetProperty("errors")[0].GetProperty("path").GetString());
        await Problems.AssertProblem(unknownProperty, HttpStatusCode.BadRequest, RegisterProblemTypes.RequestUnreadable);
        await Problems.AssertProblem(expired, HttpStatusCode.NotFound, SigningProblems.PreparationNotFoundType);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM act_signatures"));
    }

    [Fact]
    public async Task AuditVerifyFindsASignatureOrSignedPdfChangedOrDeletedBehindTheApplicationsBack()
    {
        using var pki = TestPki.Create();
        await using var api = await CreateAsync(("Signing:TrustStore", pki.TrustStore));
        await using var staff = await Staff.CreateAsync(api);
        var id = (await staff.IssueAsync(Instruction())).GetProperty("id").GetInt64();
        var signatory = await staff.AsAsync(Staff.Deputy);
        var auditor = await staff.AsAsync(Staff.Reader);
        var (preparedId, toSign, _) = await PrepareAsync(signatory, id);
        using var attached = await AttachAsync(signatory, id, preparedId, pki.Issue("ӘБДІРАХМАНОВ ДАУРЕН", Sessions.Iin(Staff.Deputy)).Sign(toSign));
        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        var entry = await api.CountAsync("SELECT seq FROM audit_log WHERE action = 'attach-signature'");

        using var intact = await auditor.GetAsync("/api/audit/verify", Cancellation);
        Assert.Equal(HttpStatusCode.OK, intact.StatusCode);

        await api.ExecuteAsync("UPDATE act_signatures SET signer_iin = '000000000000'");
        await AssertBrokenAsync(auditor, entry, "the stored signature differs from the one recorded");
        await api.ExecuteAsync($"UPDATE act_signatures SET signer_iin = '{Sessions.Iin(Staff.Deputy)}'");
        using var restored = await auditor.GetAsync("/api/audit/verify", Cancellation);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);

        await api.ExecuteAsync("UPDATE act_signatures SET pdf = substr(pdf, 2)");
        await AssertBrokenAsync(auditor, entry, "the stored signed PDF does not have the SHA-256 recorded");
        using var mismatch = await auditor.GetAsync($"/api/acts/issued/{id}/document?format=pdf", Cancellation);
        await Problems.AssertProblem(mismatch, HttpStatusCode.Conflict, RegisterProblemTypes.DocumentMismatch);

        await api.ExecuteAsync("DELETE FROM act_signatures");
        await AssertBrokenAsync(auditor, entry, "is not in the register (deleted)");
    }

    /// <summary>A PEM file of that many certificates, which openssl's <c>-certfile</c> puts into the CMS: more than the PDF's placeholder holds.</summary>
    private static string Bundle(TestPki pki, int count)
    {
        var file = Path.Combine(pki.Folder, "bundle.pem");
        File.WriteAllText(file, string.Join('\n', Enumerable.Range(1, count).Select(n => File.ReadAllText(pki.Issue($"EXTRA {n}", null).CertificatePem))));
        return file;
    }

    private static async Task AssertBrokenAsync(HttpClient auditor, long seq, string reason)
    {
        using var response = await auditor.GetAsync("/api/audit/verify", Cancellation);
        var problem = await Problems.AssertProblem(response, HttpStatusCode.Conflict, RegisterProblemTypes.AuditBroken);
        var broken = problem.GetProperty("broken");
        Assert.Equal(seq, broken.GetProperty("seq").GetInt64());
        Assert.Contains(reason, broken.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Prepares as the client; the preparation's id, the bytes to sign and the whole answer.</summary>
    private static async Task<(string PreparedId, byte[] ToSign, JsonElement Answer)> PrepareAsync(HttpClient client, long id)
    {
        var answer = await Staff.SendAsync(client, HttpMethod.Post, $"/api/acts/issued/{id}/signature/prepare", null);
        return (answer.GetProperty("preparedId").GetString()!, Convert.FromBase64String(answer.GetProperty("toSign").GetString()!), answer);
    }

    private static Task<HttpResponseMessage> AttachAsync(HttpClient client, long id, string preparedId, byte[] cms) =>
        client.PostAsync($"/api/acts/issued/{id}/signature", Requests.Json(new JsonObject { ["preparedId"] = preparedId, ["cms"] = Convert.ToBase64String(cms) }), Cancellation);
}

public sealed class SqliteSignatureApiTests : SignatureApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresSignatureApiTests : SignatureApiTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
