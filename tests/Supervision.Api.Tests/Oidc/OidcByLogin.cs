using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Api.Oidc;
using Supervision.Register;

namespace Supervision.Api.Tests.Oidc;

/// <summary>The service matching the provider's <c>preferred_username</c> against logins, with its test people and accounts.</summary>
public sealed class OidcByLogin : OidcApp
{
    /// <summary>A drafter and signatory with no password, who signs in only through the provider.</summary>
    public const string Signatory = "oidc.signatory";

    /// <summary>A drafter who also has a password of his own.</summary>
    public const string WithPassword = "oidc.password";

    /// <summary>A registered person who was disabled.</summary>
    public const string Disabled = "oidc.disabled";

    /// <summary>An account of the provider whose username no person of the register has.</summary>
    public const string Stranger = "sub-stranger";

    /// <summary>An account of the provider that carries no username at all.</summary>
    public const string Nameless = "sub-nameless";

    protected override string PersonClaim => "preferred_username";

    protected override OidcPersonMatch PersonMatch => OidcPersonMatch.Login;

    /// <summary>The provider's subject of a registered login: never the login itself, so that only the claim can match.</summary>
    public static string Subject(string login) => "sub-" + login.Replace('.', '-');

    protected override async Task<IReadOnlyDictionary<string, OidcAccount>> RegisterPeopleAsync(WebApplicationFactory<Program> api)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await Sessions.AddPersonAsync(api, Signatory, [PersonRole.Drafter, PersonRole.Signatory], password: null);
        await Sessions.AddPersonAsync(api, WithPassword, [PersonRole.Drafter]);
        await Sessions.AddPersonAsync(api, Disabled, [PersonRole.Drafter], password: null);
        var register = await Sessions.RegisterAsync(api);
        Assert.IsType<PersonOutcome.Done>(await register.SignIns.ChangePasswordAsync(WithPassword, "a long first password 1", Sessions.Password, cancellation));
        Assert.IsType<PersonOutcome.Done>(await register.People.DisableAsync(Disabled, "tests", cancellation));
        return new Dictionary<string, OidcAccount>
        {
            [Subject(Signatory)] = Account(("preferred_username", Signatory), ("name", "Тестов Тест")),
            [Subject(WithPassword)] = Account(("preferred_username", WithPassword)),
            [Subject(Disabled)] = Account(("preferred_username", Disabled)),
            [Stranger] = Account(("preferred_username", "nobody.here")),
            [Nameless] = Account(("name", "Без имени")),
        };
    }
}
