using Microsoft.AspNetCore.Authentication.Cookies;
using Supervision.Api.Register;

namespace Supervision.Api.Access;

/// <summary>
/// The session cookie (ASP.NET Core cookie authentication): HttpOnly, SameSite=Strict, Secure over
/// HTTPS, eight hours sliding. At every request the person is read again from the register, so that a
/// person disabled is signed out at once and roles granted or taken count from the next request.
/// </summary>
internal static class SessionCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "supervision.session";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = ValidateAsync;

        // A session lasts eight hours of wall time, whatever clock the register keeps (tests move theirs by days).
        options.TimeProvider = TimeProvider.System;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var login = PrincipalClaims.Read(context.Principal)?.Name;
        var register = await context.HttpContext.RequestServices.GetRequiredService<RegisterHost>().GetAsync(context.HttpContext.RequestAborted);
        var person = login is null ? null : await register.People.FindAsync(login, context.HttpContext.RequestAborted);
        if (person is null || person.Disabled)
        {
            context.RejectPrincipal();
            return;
        }

        context.ReplacePrincipal(PrincipalClaims.ForPerson(person, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
