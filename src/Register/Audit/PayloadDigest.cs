using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Supervision.Register;

/// <summary>
/// What the verifier keeps of a recorded payload while it walks the chain: the first 128 bits of its
/// SHA-256, 16 bytes where the payload is hundreds, so that the state per act stays a few dozen bytes.
/// The payload itself is read again only for the one break reported.
/// </summary>
internal static class PayloadDigest
{
    public static UInt128 Of(string payload) => Canonical.Utf8(payload, Of);

    /// <summary>The digest of a payload's UTF-8 bytes.</summary>
    public static UInt128 Of(ReadOnlySpan<byte> payload)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(payload, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
