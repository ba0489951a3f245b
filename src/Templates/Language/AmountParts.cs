namespace Supervision.Language;

/// <summary>A sum of money split into whole tenge and tiyn (1 tenge = 100 tiyn).</summary>
/// <param name="Tenge">Whole tenge.</param>
/// <param name="Tiyn">Tiyn, 0 to 99.</param>
internal readonly record struct AmountParts(long Tenge, int Tiyn)
{
    /// <summary>Whether the sum has a tiyn part; whole sums print without ",00".</summary>
    public bool HasTiyn => Tiyn != 0;

    /// <summary>Splits <paramref name="amount"/> into tenge and tiyn.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sum is negative, larger than the number words
    /// can spell, or finer than one tiyn. The act validator rejects such sums before rendering, so
    /// reaching this is a programming error, not a user error.</exception>
    public static AmountParts Of(decimal amount)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A sum of money in an act cannot be negative.");
        }

        if (amount > long.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A sum of money in an act cannot exceed {long.MaxValue} tenge.");
        }

        // The value decides, not the scale: 1.500m is one tenge fifty tiyn (JSON keeps trailing
        // zeros in the scale), while 1.005m has half a tiyn, which no document can print.
        var inTiyn = amount * 100;
        if (inTiyn != decimal.Truncate(inTiyn))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A sum of money in an act has at most two decimals (tiyn).");
        }

        var tenge = decimal.Truncate(amount);
        return new AmountParts((long)tenge, (int)((amount - tenge) * 100));
    }
}
