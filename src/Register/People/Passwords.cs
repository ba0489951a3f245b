using Microsoft.AspNetCore.Identity;

namespace Supervision.Register;

/// <summary>
/// Passwords, hashed by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with a
/// random salt, its version marker in the hash, so a later release can rehash). The text of a
/// password is never stored, logged or audited.
/// </summary>
internal static class Passwords
{
    /// <summary>The shortest password accepted: length, not composition rules, is what resists guessing.</summary>
    public const int MinLength = 12;

    /// <summary>The longest accepted, so that hashing stays cheap for whatever is sent.</summary>
    public const int MaxLength = 256;

    private static readonly PasswordHasher<Person> Hasher = new();

    /// <summary>Why a password is refused, or null.</summary>
    public static InputProblem? Problem(string password) =>
        password.Length < MinLength ? new InputProblem("password", $"is {password.Length} characters long; at least {MinLength}")
        : password.Length > MaxLength ? new InputProblem("password", $"is longer than {MaxLength} characters")
        : string.IsNullOrWhiteSpace(password) ? new InputProblem("password", "is only spaces")
        : null;

    /// <summary>The hash to store.</summary>
    public static string Hash(Person person, string password) => Hasher.HashPassword(person, password);
}
