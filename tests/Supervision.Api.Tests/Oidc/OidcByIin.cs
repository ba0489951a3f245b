using Microsoft.AspNetCore.Mvc.Testing;
using Supervision.Api.Oidc;
using Supervision.Register;
using Supervision.Validation.Rules;

namespace Supervision.Api.Tests.Oidc;

/// <summary>The service matching the provider's <c>iin</c> claim against the people's IINs, with its test people and accounts.</summary>
public sealed class OidcByIin : OidcApp
{
    /// <summary>A signatory and auditor with no password.</summary>
    public const string Auditor = "oidc.auditor";

    /// <summary>The provider's account of <see cref="Auditor"/>: its username is not his login, only the IIN can match.</summary>
    public const string AuditorSubject = "sub-auditor";

    /// <summary>An account with a valid IIN that no person of the register has.</summary>
    public const string Stranger = "sub-iin-stranger";

    /// <summary>The IIN of <see cref="Auditor"/>, known once he is registered.</summary>
    public string AuditorIin { get; private set; } = string.Empty;

    /// <summary>The IIN of <see cref="Stranger"/>.</summary>
    public static string StrangerIin { get; } = ValidIin("85020130000");

    protected override string PersonClaim => "iin";

    protected override OidcPersonMatch PersonMatch => OidcPersonMatch.Iin;

    protected override async Task<IReadOnlyDictionary<string, OidcAccount>> RegisterPeopleAsync(WebApplicationFactory<Program> api)
    {
        var auditor = await Sessions.AddPersonAsync(api, Auditor, [PersonRole.Signatory, PersonRole.Auditor], password: null);
        AuditorIin = auditor.Iin!;
        return new Dictionary<string, OidcAccount>
        {
            [AuditorSubject] = Account(("iin", AuditorIin), ("preferred_username", "someone.else")),
            [Stranger] = Account(("iin", StrangerIin), ("preferred_username", Auditor)),
        };
    }

    /// <summary>The eleven digits with the check digit that makes a valid IIN.</summary>
    private static string ValidIin(string body) =>
        "0123456789".Select(check => body + check).First(Identifier.IsValid);
}
