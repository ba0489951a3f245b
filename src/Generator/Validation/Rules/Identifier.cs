namespace Supervision.Validation.Rules;

/// <summary>
/// The check digit of a Kazakhstan IIN (individual identification number) or BIN (business
/// identification number): twelve digits, the last of which checks the first eleven.
/// </summary>
/// <remarks>
/// The first eleven digits are weighted 1..11 and summed modulo 11; where that gives 10 they are
/// weighted 3..11, 1, 2 instead; where that gives 10 again no number is ever issued with those digits.
/// The act validator and the register of people both check identifiers here.
/// </remarks>
public static class Identifier
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>Whether the text is an IIN or BIN as issued: exactly twelve ASCII digits whose last is the check digit.</summary>
    /// <param name="identifier">The identifier as given, without spaces.</param>
    /// <returns>False for another length, any character but a digit, or a wrong check digit.</returns>
    public static bool IsValid(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.Length != 12 || !identifier.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = identifier.Select(c => c - '0').ToArray();
        var check = Weighted(digits, FirstWeights);
        if (check == 10)
        {
            check = Weighted(digits, SecondWeights);
        }

        return check != 10 && check == digits[11];
    }

    private static int Weighted(int[] digits, int[] weights) =>
        weights.Select((weight, index) => weight * digits[index]).Sum() % 11;
}
