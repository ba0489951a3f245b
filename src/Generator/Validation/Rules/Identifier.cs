namespace Supervision.Validation.Rules;

/// <summary>
/// The check digit of a Kazakhstan IIN or BIN: the first eleven digits weighted 1..11, modulo 11;
/// where that gives 10, weighted 3..11, 1, 2; where that gives 10 again the number is never issued.
/// </summary>
internal static class Identifier
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static bool IsValid(string identifier)
    {
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
