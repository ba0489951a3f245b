namespace Supervision.Register;

/// <summary>What came of a sign-in attempt (<see cref="SignIns.SignInAsync"/>).</summary>
public abstract record SignInOutcome
{
    private SignInOutcome()
    {
    }

    /// <summary>The password is right: the person may act (or must first change the password, <see cref="Person.MustChangePassword"/>).</summary>
    /// <param name="Person">The person, the failed count reset.</param>
    public sealed record SignedIn(Person Person) : SignInOutcome;

    /// <summary>
    /// Refused, for a reason not told to the one who tried: an unknown login, a wrong password, a disabled
    /// person or one without a password. The failure counts towards the lockout where the login exists.
    /// </summary>
    public sealed record Refused : SignInOutcome;

    /// <summary>Too many failures: no password is checked until the lock ends.</summary>
    /// <param name="Until">When sign-in opens again (UTC).</param>
    public sealed record LockedOut(DateTimeOffset Until) : SignInOutcome;
}
