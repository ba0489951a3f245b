using Supervision.Register;
using Supervision.Validation.Rules;

namespace Supervision.Web.Tests.People;

/// <summary>
/// Adds the test offices and people to the app's register as the command line would (<c>office add</c>,
/// <c>person add</c>, then the first password changed), once each however many tests ask.
/// </summary>
internal sealed class TestRegister(Func<CancellationToken, Task<ActRegister>> register) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);

    /// <summary>Makes sure the person is in the register, able to sign in with <see cref="TestPeople.Password"/>.</summary>
    public async Task EnsureAsync(TestPerson person, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_added.Contains(person.Login))
            {
                return;
            }

            var opened = await register(cancellationToken);
            await EnsureOfficesAsync(opened, cancellationToken);
            const string first = "a first password to change";
            var outcome = await opened.People.AddAsync(
                new NewPerson(person.Login, person.Office, person.Surname, person.GivenName, person.Patronymic, person.TitleKk, person.TitleRu,
                    person.Position, person.Rank, Iin(person.Login), "8 (7172) 71-25-14", person.Roles, first),
                "tests",
                cancellationToken);
            Expect<PersonOutcome.Done>(outcome, person.Login);
            Expect<PersonOutcome.Done>(await opened.SignIns.ChangePasswordAsync(person.Login, first, TestPeople.Password, cancellationToken), person.Login);
            _added.Add(person.Login);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private static async Task EnsureOfficesAsync(ActRegister register, CancellationToken cancellationToken)
    {
        if (await register.Offices.FindAsync(TestPeople.District, cancellationToken) is { IsRegistered: true })
        {
            return;
        }

        foreach (var office in TestPeople.Offices)
        {
            Expect<OfficeOutcome.Registered>(await register.Offices.AddAsync(office, "tests", cancellationToken), office.Code);
        }
    }

    private static void Expect<T>(object outcome, string what)
    {
        if (outcome is not T)
        {
            throw new InvalidOperationException($"The tests' register refused {what}: {outcome}");
        }
    }

    /// <summary>A valid IIN made from the login (born 1990-07-15): the first body whose check digit the validator accepts;
    /// the IIN the person's certificate carries in the signing tests.</summary>
    public static string Iin(string login)
    {
        var seed = login.Aggregate(17, (hash, letter) => unchecked((hash * 31) + letter)) & 0x7fffffff;
        for (var salt = 0; ; salt++)
        {
            var body = $"900715{(seed + salt) % 100_000:D5}";
            if ("0123456789".Select(check => body + check).FirstOrDefault(Identifier.IsValid) is { } iin)
            {
                return iin;
            }
        }
    }
}
