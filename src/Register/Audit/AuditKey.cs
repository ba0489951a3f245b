using System.Security.Cryptography;
using System.Text;

namespace Supervision.Register;

/// <summary>
/// The secret the audit chain is keyed with: every entry's hash is an HMAC-SHA256 under it, and so is a
/// checkpoint's signature, so a writer who holds the database but not the key can neither re-chain the
/// log nor forge a checkpoint. Kept outside the database (a key file or a setting); never logged, never
/// shown — only its <see cref="Id"/>, a MAC of a constant that tells keys apart and gives nothing away.
/// </summary>
internal sealed class AuditKey
{
    /// <summary>The length of a generated key, and the least a given one must have.</summary>
    public const int Bytes = 32;

    // Distinct prefixes keep the three uses of the one key apart: no entry's canonical form (a JSON
    // array) can pass for a checkpoint or for the key's id.
    private const string IdLabel = "supervision-audit-key-id";
    private const string CheckpointLabel = "supervision-audit-checkpoint\n";

    private readonly byte[] _secret;

    private AuditKey(byte[] secret)
    {
        _secret = secret;
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(IdLabel)))[..16];
    }

    /// <summary>Names the key without revealing it (16 hex digits), as the chain's head records it.</summary>
    public string Id { get; }

    /// <summary>A new random key.</summary>
    public static AuditKey Generate() => new(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The key a base64 text holds (a setting, a key file's line).</summary>
    /// <exception cref="RegisterException">The text is not base64 of at least <see cref="Bytes"/> bytes (the message never quotes it).</exception>
    public static AuditKey FromBase64(string text, string where)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new RegisterException($"the audit key in {where} is not base64");
        }

        return secret.Length >= Bytes ? new AuditKey(secret) : throw new RegisterException($"the audit key in {where} has {secret.Length} bytes; it needs at least {Bytes}");
    }

    /// <summary>The key as a key file holds it.</summary>
    public string ToBase64() => Convert.ToBase64String(_secret);

    /// <summary>The keyed hash of an entry's canonical form (lowercase hex).</summary>
    public string Hash(string canonical) => Canonical.Utf8(canonical, Hash);

    /// <summary>The keyed hash of the UTF-8 bytes of an entry's canonical form (lowercase hex).</summary>
    public string Hash(ReadOnlySpan<byte> canonical)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, canonical, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The signature of a checkpoint's signed text (lowercase hex).</summary>
    public string SignCheckpoint(string signed) => Hash(CheckpointLabel + signed);

    /// <inheritdoc />
    public override string ToString() => $"audit key {Id}";
}
