namespace Supervision.Register;

/// <summary>Sums as the proceedings table keeps them: whole tiyn (1 tenge = 100 tiyn), which SUM adds exactly on either database.</summary>
internal static class Tiyn
{
    /// <summary>The largest sum taken, in tenge: a trillion tenge, far above any proceeding and far below what a bigint of tiyn holds.</summary>
    public const decimal MaxTenge = 1_000_000_000_000m;

    public static long Of(decimal tenge) => (long)(tenge * 100);

    public static decimal Tenge(long tiyn) => tiyn / 100m;

    /// <summary>Why a sum in tenge cannot be kept, or null.</summary>
    public static string? Problem(decimal tenge) =>
        tenge < 0 ? $"{tenge} is negative: a sum is 0 or more"
        : tenge > MaxTenge ? $"{tenge} is more than {MaxTenge:0} tenge"
        : decimal.Truncate(tenge * 100) != tenge * 100 ? $"{tenge} is finer than a tiyn: at most two decimals"
        : null;
}
