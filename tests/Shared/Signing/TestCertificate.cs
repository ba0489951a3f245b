using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities.Collections;
using Org.BouncyCastle.X509;

namespace Supervision.Testing;

/// <summary>A person's certificate of a <see cref="TestPki"/>, with its key, as PEM files openssl reads, and signing as the signatory's machine signs.</summary>
internal sealed class TestCertificate
{
    private static int _files;

    private TestCertificate(X509Certificate2 certificate, string certificatePem, string? keyPem, RSA? key, TestPki pki)
    {
        Certificate = certificate;
        CertificatePem = certificatePem;
        KeyPem = keyPem;
        Key = key;
        Pki = pki;
    }

    /// <summary>The certificate (with its private key, except a GOST one's).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate's PEM file.</summary>
    public string CertificatePem { get; }

    /// <summary>The key's PEM file (PKCS#8), or null for a GOST certificate.</summary>
    public string? KeyPem { get; }

    /// <summary>The key, or null for a GOST certificate.</summary>
    public RSA? Key { get; }

    /// <summary>The PKI that issued it.</summary>
    public TestPki Pki { get; }

    /// <summary>A detached CMS over <paramref name="content"/> made as the issue says signatories' machines make it:
    /// <c>openssl cms -sign -binary -outform DER -md sha256 -nosmimecap</c> (extra options appended, e.g. <c>-nodetach</c>, <c>-md sha512</c>).</summary>
    public byte[] Sign(byte[] content, params string[] options)
    {
        if (KeyPem is null)
        {
            throw new InvalidOperationException("a GOST certificate has no key openssl can use: SignAsGost");
        }

        var input = NextFile("tosign.bin");
        var output = NextFile("sig.der");
        File.WriteAllBytes(input, content);
        string[] arguments = ["cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-nosmimecap", "-signer", CertificatePem, "-inkey", KeyPem, "-in", input, "-out", output];
        Tools.Run("openssl", [.. arguments, .. options]);
        return File.ReadAllBytes(output);
    }

    /// <summary>A detached CMS naming this GOST certificate as its signer (signed, as no GOST key is at hand, with a throwaway RSA key; the service must refuse it by the certificate's key algorithm before anything else).</summary>
    public byte[] SignAsGost(byte[] content)
    {
        using var rsa = RSA.Create(2048);
        var key = DotNetUtilities.GetRsaKeyPair(rsa).Private;
        var certificate = new X509CertificateParser().ReadCertificate(Certificate.RawData);
        var generator = new CmsSignedDataGenerator();
        generator.AddSigner(key, certificate, CmsSignedGenerator.DigestSha256);
        generator.AddCertificates(CollectionUtilities.CreateStore(new[] { certificate }));
        return generator.Generate(new CmsProcessableByteArray(content), false).GetEncoded();
    }

    internal static TestCertificate Write(string folder, X509Certificate2 certificate, RSA key, TestPki pki)
    {
        var name = Path.Combine(folder, $"person-{Interlocked.Increment(ref _files)}");
        File.WriteAllText(name + ".pem", certificate.ExportCertificatePem());
        File.WriteAllText(name + ".key", key.ExportPkcs8PrivateKeyPem());
        return new TestCertificate(certificate, name + ".pem", name + ".key", key, pki);
    }

    internal static TestCertificate WriteGost(string folder, byte[] der, TestPki pki)
    {
        var name = Path.Combine(folder, $"gost-{Interlocked.Increment(ref _files)}.pem");
        File.WriteAllText(name, PemEncoding.WriteString("CERTIFICATE", der));
        return new TestCertificate(X509CertificateLoader.LoadCertificate(der), name, null, null, pki);
    }

    private string NextFile(string suffix) => Path.Combine(Pki.Folder, $"{Interlocked.Increment(ref _files)}-{suffix}");
}
