using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Supervision.Register;

/// <summary>
/// Checks a detached CMS (CAdES) over the bytes prepared for signing, in the order that gives each refusal
/// its own reason: a CMS at all; detached; a GOST certificate (by its key's OID, before anything that would
/// fail on it); RSA with SHA-256; the message digest over exactly those bytes; the signature value; the
/// certificate valid at the signing time; its chain to the trust store (.NET's <see cref="X509Chain"/> with a
/// custom root trust); no certificate of the chain revoked by a CRL of the trust store (BouncyCastle's
/// <see cref="X509Crl"/>, each CRL verified by its issuer's key: .NET cannot be pointed at a folder of CRLs).
/// Without a signing-time attribute the time of verification stands in.
/// </summary>
internal static partial class CmsVerifier
{
    /// <summary>The OID of a GOST 34.310-2004 public key, as the National Certification Centre issues them.</summary>
    public const string GostKeyOid = "1.2.398.3.10.1.1.1.1";

    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string Sha256WithRsaOid = "1.2.840.113549.1.1.11";
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";

    /// <summary>The signature's details, or why it is refused; a signature that verifies but whose certificate is refused (time, trust, revocation) has both.</summary>
    public static (VerifiedSignature? Signature, SignatureRejection? Rejection) Verify(byte[] cms, byte[] signedBytes, TrustStore trust, DateTimeOffset now)
    {
        CmsSignedData parsed;
        try
        {
            parsed = new CmsSignedData(cms);
        }
        catch (Exception exception) when (exception is CmsException or IOException or ArgumentException or InvalidCastException or Asn1Exception or InvalidOperationException)
        {
            return Reject(SignatureRejection.CmsMalformed, "the signature is not a CMS SignedData in DER: give the bytes NCALayer's createCAdESFromBase64 (or openssl cms -sign -outform DER) answered, in base64");
        }

        if (parsed.SignedContent is not null)
        {
            return Reject(SignatureRejection.CmsNotDetached, "the CMS carries the signed content inside it; sign the prepared bytes as a detached signature (NCALayer's createCAdESFromBase64 with attached = false, openssl cms -sign without -nodetach)");
        }

        CmsSignedData detached;
        IList<SignerInformation> signers;
        BcCertificate? certificate;
        try
        {
            detached = new CmsSignedData(new CmsProcessableByteArray(signedBytes), cms);
            signers = detached.GetSignerInfos().GetSigners();
            certificate = signers.Count == 1 ? detached.GetCertificates().EnumerateMatches(signers[0].SignerID).FirstOrDefault() : null;
        }
        catch (Exception exception) when (exception is CmsException or IOException or ArgumentException or InvalidCastException or Asn1Exception or InvalidOperationException)
        {
            return Reject(SignatureRejection.CmsMalformed, "the CMS's signer information or certificates cannot be read");
        }

        if (signers.Count != 1)
        {
            return Reject(SignatureRejection.CmsMalformed, $"the CMS has {signers.Count} signers; exactly one, the act's signatory, is expected");
        }

        var signer = signers[0];
        if (certificate is null)
        {
            return Reject(SignatureRejection.CmsMalformed, "the CMS does not carry the signer's certificate");
        }

        var keyAlgorithm = certificate.SubjectPublicKeyInfo.Algorithm.Algorithm.Id;
        var signatureAlgorithm = signer.SignatureAlgorithm.Algorithm.Id;
        var digestAlgorithm = signer.DigestAlgorithmID.Algorithm.Id;
        if (keyAlgorithm.StartsWith("1.2.398.3.10.1.1", StringComparison.Ordinal) || signatureAlgorithm.StartsWith("1.2.398.3.10.1", StringComparison.Ordinal))
        {
            return Reject(SignatureRejection.GostUnsupported, $"GOST 34.310 certificates are not supported; sign with an RSA certificate (the certificate's key is of the GOST algorithm, OID {GostKeyOid})");
        }

        if (keyAlgorithm != RsaOid || digestAlgorithm != Sha256Oid || signatureAlgorithm is not (RsaOid or Sha256WithRsaOid))
        {
            return Reject(SignatureRejection.AlgorithmUnsupported, $"only RSA signatures with SHA-256 are accepted; this one has key algorithm {keyAlgorithm}, digest {digestAlgorithm}, signature algorithm {signatureAlgorithm}");
        }

        var attributes = signer.SignedAttributes;
        if (attributes?[CmsAttributes.MessageDigest] is { } digestAttribute
            && Asn1OctetString.GetInstance(digestAttribute.AttrValues[0]).GetOctets() is var digest
            && !CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(signedBytes)))
        {
            return Reject(SignatureRejection.CmsWrongContent, "the CMS does not sign the bytes prepared for this act (its message digest is of other bytes): sign exactly toSign, as given by prepare");
        }

        bool verifies;
        try
        {
            verifies = signer.Verify(certificate);
        }
        catch (Exception exception) when (exception is CmsException or ArgumentException or InvalidOperationException)
        {
            verifies = false;
        }

        if (!verifies)
        {
            return Reject(SignatureRejection.SignatureInvalid, "the signature value does not verify with the signer's certificate: the CMS was altered, or made with another key");
        }

        var signingTime = attributes?[CmsAttributes.SigningTime] is { } time
            ? new DateTimeOffset(Org.BouncyCastle.Asn1.Cms.Time.GetInstance(time.AttrValues[0]).ToDateTime().ToUniversalTime(), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        var at = signingTime ?? now;
        var details = Details(certificate, at, signingTime is not null);
        if (at < details.ValidFrom || at > details.ValidTo)
        {
            return Reject(details, SignatureRejection.CertificateNotValidAtSigningTime, $"the certificate was not valid at the time of signing ({Canonical.Instant(at)}): it is valid from {Canonical.Instant(details.ValidFrom)} to {Canonical.Instant(details.ValidTo)}");
        }

        var chain = Chain(certificate, detached, trust, at);
        if (chain is null)
        {
            return Reject(details, SignatureRejection.CertificateUntrusted, trust.Certificates.Count == 0
                ? "the certificate cannot be trusted: no trust store is configured (setting Signing:TrustStore, a folder of CA certificates)"
                : $"the certificate of {details.Subject} does not chain to a certificate authority of the trust store");
        }

        for (var i = 0; i < chain.Count - 1; i++)
        {
            if (trust.Revocations(chain[i + 1]).FirstOrDefault(crl => crl.IsRevoked(chain[i])) is { } revoking)
            {
                var entry = revoking.GetRevokedCertificate(chain[i].SerialNumber);
                return Reject(details, SignatureRejection.CertificateRevoked, $"the certificate of {Name(chain[i].SubjectDN)} (serial {chain[i].SerialNumber.ToString(16)}) was revoked on {Canonical.Instant(new DateTimeOffset(entry.RevocationDate.ToUniversalTime(), TimeSpan.Zero))} by its issuer's CRL");
            }
        }

        return (details, null);
    }

    /// <summary>The signer's certificate and its issuers up to a root of the trust store, or null where it does not chain to one.</summary>
    private static List<BcCertificate>? Chain(BcCertificate certificate, CmsSignedData cms, TrustStore trust, DateTimeOffset at)
    {
        var roots = trust.Certificates.Where(candidate => candidate.SubjectDN.Equivalent(candidate.IssuerDN)).ToList();
        if (roots.Count == 0)
        {
            return null;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        var loaded = new List<X509Certificate2>();
        try
        {
            foreach (var root in roots)
            {
                chain.ChainPolicy.CustomTrustStore.Add(Load(root, loaded));
            }

            foreach (var other in trust.Certificates.Except(roots).Concat(cms.GetCertificates().EnumerateMatches(null)))
            {
                chain.ChainPolicy.ExtraStore.Add(Load(other, loaded));
            }

            using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetEncoded());
            if (!chain.Build(leaf))
            {
                return null;
            }

            var parser = new X509CertificateParser();
            return [.. chain.ChainElements.Select(element => parser.ReadCertificate(element.Certificate.RawData))];
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                element.Certificate.Dispose();
            }

            foreach (var certificate2 in loaded)
            {
                certificate2.Dispose();
            }
        }
    }

    private static X509Certificate2 Load(BcCertificate certificate, List<X509Certificate2> loaded)
    {
        var dotnet = X509CertificateLoader.LoadCertificate(certificate.GetEncoded());
        loaded.Add(dotnet);
        return dotnet;
    }

    private static VerifiedSignature Details(BcCertificate certificate, DateTimeOffset signedAt, bool hasSigningTime)
    {
        var serialNumber = certificate.SubjectDN.GetValueList(X509Name.SerialNumber).FirstOrDefault();
        var iin = serialNumber is not null && IinPattern().Match(serialNumber) is { Success: true } match ? match.Groups[1].Value : null;
        return new VerifiedSignature(
            iin,
            certificate.SubjectDN.GetValueList(X509Name.CN).FirstOrDefault(),
            Name(certificate.SubjectDN),
            Name(certificate.IssuerDN),
            certificate.SerialNumber.ToString(16),
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            Canonical.Truncate(signedAt),
            hasSigningTime);
    }

    /// <summary>A distinguished name most specific part first, as RFC 4514 writes it.</summary>
    private static string Name(X509Name name) => name.ToString(true, X509Name.DefaultSymbols);

    private static (VerifiedSignature?, SignatureRejection?) Reject(string code, string message) => (null, new SignatureRejection(code, message));

    /// <summary>A refusal of a signature that verified cryptographically, with what its certificate says (for <c>verify FILE.pdf</c>, which shows it all the same).</summary>
    private static (VerifiedSignature?, SignatureRejection?) Reject(VerifiedSignature details, string code, string message) => (details, new SignatureRejection(code, message));

    [GeneratedRegex(@"^IIN(\d{12})$")]
    private static partial Regex IinPattern();
}
