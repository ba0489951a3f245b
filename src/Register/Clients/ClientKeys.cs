using System.Security.Cryptography;
using System.Text;

namespace Supervision.Register;

/// <summary>
/// Client keys: "sv_" and 256 random bits in base64url. Only the SHA-256 of the key is stored: with
/// 256 bits of entropy a fast digest is as safe as a slow password hash, and it lets the register find
/// the client by the digest of the key presented, in one indexed read.
/// </summary>
internal static class ClientKeys
{
    private const string Prefix = "sv_";

    /// <summary>A new key.</summary>
    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The digest stored for a key (lowercase hex).</summary>
    public static string Digest(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether the text has the form of a key, so that nonsense is refused before the database is asked.</summary>
    public static bool LooksLikeKey(string key) => key.Length is > 40 and < 60 && key.StartsWith(Prefix, StringComparison.Ordinal);
}
