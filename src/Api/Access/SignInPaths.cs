namespace Supervision.Api.Access;

/// <summary>The addresses of the sign-in pages.</summary>
public static class SignInPaths
{
    /// <summary>The sign-in form.</summary>
    public const string SignIn = "/signin";

    /// <summary>The forced (or chosen) password change.</summary>
    public const string ChangePassword = "/signin/password";

    /// <summary>Sign-out (POST).</summary>
    public const string SignOut = "/signout";

    /// <summary>The sign-in page that returns to the page asked for.</summary>
    public static string SignInFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{SignIn}?returnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}";
    }

    /// <summary>Where to go after signing in: a path of this service only, never another host.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
