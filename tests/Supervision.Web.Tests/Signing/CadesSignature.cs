using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Supervision.Web.Tests.Signing;

/// <summary>
/// A CAdES-BES signature as NCALayer's <c>createCAdESFromBase64</c> makes one: CMS SignedData with SHA-256,
/// the signer's certificate, and the signed attributes content type, message digest, signing time and ESS
/// signing-certificate-v2 (RFC 5035, which binds the certificate to the signature: what makes CMS CAdES).
/// </summary>
internal static class CadesSignature
{
    private const string Sha256 = "2.16.840.1.101.3.4.2.1";
    private const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";

    /// <summary>The DER of the CMS over <paramref name="content"/>; detached: without the content.</summary>
    public static byte[] Create(byte[] content, X509Certificate2 signer, bool detached)
    {
        var cms = new SignedCms(new ContentInfo(content), detached);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer)
        {
            DigestAlgorithm = new Oid(Sha256),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(DateTime.UtcNow));
        cmsSigner.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2, SigningCertificateV2Value(signer)));
        cms.ComputeSignature(cmsSigner);
        return cms.Encode();
    }

    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 ::= SEQUENCE { certHash OCTET STRING }
    // (the hash algorithm is SHA-256 by default, and so left out, as DER wants).
    private static byte[] SigningCertificateV2Value(X509Certificate2 signer)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(signer.RawData));
        }

        return writer.Encode();
    }
}
