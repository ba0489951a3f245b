namespace Supervision.Register;

/// <summary>
/// How many failed sign-ins lock a login and for how long: 5 failures in a row lock it for 15 minutes
/// by the register's clock. A lock slows guessing to 20 tries an hour per login without letting a
/// stranger shut a prosecutor out for a day; the count starts again after the lock and after a success.
/// </summary>
public static class SignInPolicy
{
    /// <summary>Failures in a row that lock the login.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long the lock lasts.</summary>
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);
}
