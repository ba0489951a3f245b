using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Supervision.Testing;

/// <summary>
/// A public key infrastructure made in the test, in a temporary folder: a certificate authority whose
/// certificate (ca.pem) and CRL (ca.crl, once something is revoked) stand in <see cref="TrustStore"/>, the
/// folder the service's <c>Signing:TrustStore</c> names; and certificates it issues to people, with the
/// IIN in the subject's SERIALNUMBER as the National Certification Centre writes it ("IIN900715400567"):
/// valid, expired, revoked, or with a GOST 34.310 key (<see cref="IssueGost"/>). A second instance is a CA
/// the service does not trust. One file set, compiled into each test project that signs.
/// </summary>
internal sealed class TestPki : IDisposable
{
    private readonly RSA _caKey;
    private readonly List<X509Certificate2> _revoked = [];
    private int _serial = 1;

    private TestPki(string name)
    {
        Folder = Directory.CreateTempSubdirectory("supervision-pki-").FullName;
        TrustStore = Directory.CreateDirectory(Path.Combine(Folder, "trust")).FullName;
        Now = DateTimeOffset.UtcNow;
        _caKey = RSA.Create(2048);
        var request = new CertificateRequest(new X500DistinguishedName($"CN={name}, O=Supervision tests, C=KZ"), _caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Ca = request.CreateSelfSigned(Now.AddYears(-10), Now.AddYears(10));
        CaPem = Path.Combine(TrustStore, "ca.pem");
        File.WriteAllText(CaPem, Ca.ExportCertificatePem());
    }

    /// <summary>The folder everything is written to; deleted on dispose.</summary>
    public string Folder { get; }

    /// <summary>The trust store folder: the CA's certificate and CRL.</summary>
    public string TrustStore { get; }

    /// <summary>The CA certificate's PEM file (for <c>openssl cms -verify -CAfile</c> and NSS's <c>certutil -A</c>).</summary>
    public string CaPem { get; }

    /// <summary>The CA's certificate.</summary>
    public X509Certificate2 Ca { get; }

    /// <summary>When the PKI was made: certificates are valid around it.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>A CA the tests trust (its certificate in <see cref="TrustStore"/>).</summary>
    public static TestPki Create(string name = "Supervision Test CA") => new(name);

    /// <summary>A certificate for a person with the IIN (none where null), valid from a day ago for a year unless told otherwise.</summary>
    public TestCertificate Issue(string commonName, string? iin, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, int keyBits = 2048)
    {
        var key = RSA.Create(keyBits);
        var request = new CertificateRequest(Subject(commonName, iin), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var issued = request.Create(Ca, notBefore ?? Now.AddDays(-1), notAfter ?? Now.AddYears(1), NextSerial());
        return TestCertificate.Write(Folder, issued.CopyWithPrivateKey(key), key, this);
    }

    /// <summary>A certificate whose subject public key is of GOST 34.310-2004 (OID 1.2.398.3.10.1.1.1.1), signed by the CA with RSA:
    /// .NET cannot make one, so it is put together here; its "key" is random bytes, and CMSs are made for it by <see cref="TestCertificate.SignAsGost"/>.</summary>
    public TestCertificate IssueGost(string commonName, string iin)
    {
        var tbs = new AsnWriter(AsnEncodingRules.DER);
        using (tbs.PushSequence())
        {
            using (tbs.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                tbs.WriteInteger(2);
            }

            tbs.WriteIntegerUnsigned(NextSerial());
            WriteAlgorithm(tbs, "1.2.840.113549.1.1.11", nullParameters: true);
            tbs.WriteEncodedValue(Ca.SubjectName.RawData);
            using (tbs.PushSequence())
            {
                tbs.WriteUtcTime(Now.AddDays(-1));
                tbs.WriteUtcTime(Now.AddYears(1));
            }

            tbs.WriteEncodedValue(Subject(commonName, iin).RawData);
            using (tbs.PushSequence())
            {
                WriteAlgorithm(tbs, "1.2.398.3.10.1.1.1.1", nullParameters: false);
                tbs.WriteBitString(RandomNumberGenerator.GetBytes(66));
            }
        }

        var toBeSigned = tbs.Encode();
        var certificate = new AsnWriter(AsnEncodingRules.DER);
        using (certificate.PushSequence())
        {
            certificate.WriteEncodedValue(toBeSigned);
            WriteAlgorithm(certificate, "1.2.840.113549.1.1.11", nullParameters: true);
            certificate.WriteBitString(_caKey.SignData(toBeSigned, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }

        return TestCertificate.WriteGost(Folder, certificate.Encode(), this);
    }

    /// <summary>Revokes the certificate: the CA's CRL in the trust store lists it from now on.</summary>
    public void Revoke(TestCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        _revoked.Add(certificate.Certificate);
        var builder = new CertificateRevocationListBuilder();
        foreach (var revoked in _revoked)
        {
            builder.AddEntry(revoked, Now.AddHours(-1), X509RevocationReason.KeyCompromise);
        }

        var crl = builder.Build(Ca, new BigInteger(_revoked.Count), Now.AddDays(30), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, Now.AddHours(-2));
        File.WriteAllBytes(Path.Combine(TrustStore, "ca.crl"), crl);
    }

    /// <summary>An NSS database trusting the CA, for <c>pdfsig -nssdir sql:DIR</c>.</summary>
    public string NssDatabase()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "nss")).FullName;
        Tools.Run("certutil", "-N", "-d", "sql:" + folder, "--empty-password");
        // Trusted to issue certificates for every use: pdfsig checks a signer's certificate for e-mail signing ("C" in the second place).
        Tools.Run("certutil", "-A", "-d", "sql:" + folder, "-n", "ca", "-t", "C,C,C", "-i", CaPem);
        return folder;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _caKey.Dispose();
        Ca.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a tool: the temporary folder is left for the system to clean.
        }
    }

    private static X500DistinguishedName Subject(string commonName, string? iin)
    {
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCountryOrRegion("KZ");
        if (iin is not null)
        {
            builder.Add("2.5.4.5", "IIN" + iin, UniversalTagNumber.PrintableString);
        }

        builder.AddCommonName(commonName);
        return builder.Build();
    }

    private static void WriteAlgorithm(AsnWriter writer, string oid, bool nullParameters)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            if (nullParameters)
            {
                writer.WriteNull();
            }
        }
    }

    private byte[] NextSerial()
    {
        var serial = new byte[9];
        RandomNumberGenerator.Fill(serial.AsSpan(1));
        serial[0] = (byte)(_serial++ & 0x7F);
        return serial;
    }
}
