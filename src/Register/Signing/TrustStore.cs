using Org.BouncyCastle.Security;
using Org.BouncyCastle.Security.Certificates;
using Org.BouncyCastle.X509;

namespace Supervision.Register;

/// <summary>
/// The certificates signatures must chain to, and the CRLs that revoke certificates, from one folder (setting
/// <c>Signing:TrustStore</c>): certificates in PEM or DER (<c>*.pem</c>, <c>*.crt</c>, <c>*.cer</c>,
/// <c>*.der</c>; self-signed ones are roots, the others intermediates) and CRLs in PEM or DER (<c>*.crl</c>).
/// In production the National Certification Centre's RSA roots and CRLs; in tests a test CA. Read anew for each
/// verification, so a CRL dropped into the folder counts at once.
/// </summary>
internal sealed class TrustStore
{
    private static readonly string[] CertificateExtensions = [".pem", ".crt", ".cer", ".der"];

    private TrustStore(string? folder, IReadOnlyList<X509Certificate> certificates, IReadOnlyList<X509Crl> crls)
    {
        Folder = folder;
        Certificates = certificates;
        Crls = crls;
    }

    /// <summary>The folder read, or null where none is configured.</summary>
    public string? Folder { get; }

    /// <summary>Every certificate of the folder.</summary>
    public IReadOnlyList<X509Certificate> Certificates { get; }

    /// <summary>Every CRL of the folder (each checked against its issuer before use: see <see cref="Revocations"/>).</summary>
    public IReadOnlyList<X509Crl> Crls { get; }

    /// <summary>Reads the folder; an empty store where it is null or missing (every signature is then untrusted).</summary>
    /// <exception cref="IOException">A file of the folder cannot be read.</exception>
    public static TrustStore Read(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return new TrustStore(folder, [], []);
        }

        var certificates = new List<X509Certificate>();
        var crls = new List<X509Crl>();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            using var stream = File.OpenRead(file);
            try
            {
                if (extension == ".crl")
                {
                    crls.AddRange(new X509CrlParser().ReadCrls(stream));
                }
                else if (CertificateExtensions.Contains(extension))
                {
                    certificates.AddRange(new X509CertificateParser().ReadCertificates(stream));
                }
            }
            catch (Exception exception) when (exception is CertificateException or CrlException or IOException or ArgumentException)
            {
                throw new IOException($"the trust store's file {Path.GetFileName(file)} is not a certificate or CRL in PEM or DER: {exception.Message}", exception);
            }
        }

        return new TrustStore(folder, certificates, crls);
    }

    /// <summary>The CRLs whose issuer is <paramref name="issuer"/> and whose signature that issuer's key verifies.</summary>
    public IEnumerable<X509Crl> Revocations(X509Certificate issuer) =>
        Crls.Where(crl => crl.IssuerDN.Equivalent(issuer.SubjectDN) && Verifies(crl, issuer));

    private static bool Verifies(X509Crl crl, X509Certificate issuer)
    {
        try
        {
            crl.Verify(issuer.GetPublicKey());
            return true;
        }
        catch (Exception exception) when (exception is InvalidKeyException or SignatureException or CrlException)
        {
            return false;
        }
    }
}
