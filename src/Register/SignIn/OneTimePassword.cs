using System.Security.Cryptography;

namespace Supervision.Register;

/// <summary>
/// A password made for someone to type once and replace: 20 characters from an alphabet without
/// look-alikes (no 0/O, 1/l/I), about 100 bits, in groups of five for reading off a console.
/// </summary>
internal static class OneTimePassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string Create()
    {
        var letters = RandomNumberGenerator.GetString(Alphabet, 20);
        return string.Join('-', letters.Chunk(5).Select(chunk => new string(chunk)));
    }
}
