using System.Globalization;

namespace Supervision.Register;

/// <summary>
/// A signed head of the audit chain: how many entries it had, the last one's hash, when, and an
/// HMAC over the three under the audit key. One line to keep outside the database (printed by
/// <c>audit checkpoint</c>, given back to <c>audit verify --checkpoint</c>): a later chain that is shorter,
/// or whose entry at that count has another hash, was truncated or rewritten since — even by someone
/// who holds the key, because the line was out of his reach.
/// </summary>
/// <param name="Entries">The number of entries the chain had.</param>
/// <param name="HeadHash">The hash of its last entry (empty for an empty chain).</param>
/// <param name="SignedAt">When it was signed (UTC, to the millisecond).</param>
/// <param name="Mac">HMAC-SHA256 under the audit key of the other three (lowercase hex).</param>
public sealed record AuditCheckpoint(long Entries, string HeadHash, DateTimeOffset SignedAt, string Mac)
{
    /// <summary>The first word of a checkpoint line and its format's version.</summary>
    public const string Prefix = "supervision-audit-checkpoint v1";

    /// <summary>The line: "supervision-audit-checkpoint v1 COUNT HASH TIME MAC" (an empty chain's hash is "-").</summary>
    public string Line => $"{Prefix} {Entries.ToString(CultureInfo.InvariantCulture)} {(HeadHash.Length == 0 ? "-" : HeadHash)} {Canonical.Instant(SignedAt)} {Mac}";

    /// <summary>The text the MAC is made over.</summary>
    internal string Signed => $"{Entries.ToString(CultureInfo.InvariantCulture)}\n{HeadHash}\n{Canonical.Instant(SignedAt)}";

    /// <inheritdoc />
    public override string ToString() => Line;

    /// <summary>Signs a head with the key.</summary>
    internal static AuditCheckpoint Sign(AuditKey key, long entries, string headHash, DateTimeOffset at)
    {
        var unsigned = new AuditCheckpoint(entries, headHash, Canonical.Truncate(at), string.Empty);
        return unsigned with { Mac = key.SignCheckpoint(unsigned.Signed) };
    }

    /// <summary>Whether the key made its MAC.</summary>
    internal bool IsSignedBy(AuditKey key) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(key.SignCheckpoint(Signed)),
            System.Text.Encoding.ASCII.GetBytes(Mac));

    /// <summary>Reads a checkpoint line (its form only; the register checks its MAC).</summary>
    /// <param name="line">The line as <see cref="Line"/> wrote it (surrounding white space is ignored).</param>
    /// <param name="checkpoint">The checkpoint, where the line is one.</param>
    /// <param name="problem">What is wrong with the line, where it is not.</param>
    public static bool TryParse(string line, out AuditCheckpoint? checkpoint, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(line);
        checkpoint = null;
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 6 || $"{words[0]} {words[1]}" != Prefix)
        {
            problem = $"a checkpoint is one line \"{Prefix} COUNT HASH TIME MAC\", as audit checkpoint prints it";
            return false;
        }

        var at = default(DateTimeOffset);
        problem = !long.TryParse(words[2], NumberStyles.None, CultureInfo.InvariantCulture, out var entries) ? "its count is not a whole number"
            : words[3] != "-" && !IsHex(words[3]) ? "its hash is not 64 hex digits"
            : !DateTimeOffset.TryParseExact(words[4], "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at) ? "its time is not YYYY-MM-DDTHH:MM:SS.fffZ"
            : !IsHex(words[5]) ? "its MAC is not 64 hex digits"
            : null;
        if (problem is not null)
        {
            return false;
        }

        checkpoint = new AuditCheckpoint(entries, words[3] == "-" ? string.Empty : words[3].ToLowerInvariant(), at.ToUniversalTime(), words[5].ToLowerInvariant());
        return true;
    }

    private static bool IsHex(string word) => word.Length == 64 && word.All(char.IsAsciiHexDigit);
}
