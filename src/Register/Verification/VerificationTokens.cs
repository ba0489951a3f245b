using System.Security.Cryptography;
using System.Text;

namespace Supervision.Register;

/// <summary>
/// The verification tokens printed on issued acts: 100 random bits from <see cref="RandomNumberGenerator"/> in
/// Crockford's base32 (digits and capitals without I, L, O and U, so that a person typing from a printout
/// cannot mistake one for another), in five groups of four: "7K2M-9QXD-4HPA-VR3T-E8WN". Not the act's id, nor
/// anything a guess can reach.
/// </summary>
public static class VerificationTokens
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Symbols = 20;
    private const int Group = 4;

    /// <summary>A new random token.</summary>
    public static string New()
    {
        // 13 bytes hold the 100 bits; each symbol takes five of them.
        Span<byte> random = stackalloc byte[13];
        RandomNumberGenerator.Fill(random);
        var token = new StringBuilder(Symbols + (Symbols / Group) - 1);
        for (var index = 0; index < Symbols; index++)
        {
            if (index > 0 && index % Group == 0)
            {
                token.Append('-');
            }

            var bit = index * 5;
            var pair = (random[bit / 8] << 8) | (bit / 8 + 1 < random.Length ? random[(bit / 8) + 1] : 0);
            token.Append(Alphabet[(pair >> (11 - (bit % 8))) & 0x1F]);
        }

        return token.ToString();
    }

    /// <summary>
    /// A token as a person typed it, in the printed form, or null where it cannot be one: case, hyphens and
    /// spaces do not matter, and O, I and L read as 0, 1 and 1, as Crockford's base32 reads them.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var symbols = new StringBuilder(Symbols);
        foreach (var c in typed)
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!char.IsAscii(upper) || !Alphabet.Contains(upper, StringComparison.Ordinal) || symbols.Length == Symbols)
            {
                return null;
            }

            symbols.Append(upper);
        }

        if (symbols.Length != Symbols)
        {
            return null;
        }

        for (var at = Symbols - Group; at > 0; at -= Group)
        {
            symbols.Insert(at, '-');
        }

        return symbols.ToString();
    }

    /// <summary>The address a token's QR code encodes: "{publicBaseUrl}/verify/{token}".</summary>
    public static string Url(string publicBaseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        return $"{publicBaseUrl.TrimEnd('/')}/verify/{token}";
    }
}
