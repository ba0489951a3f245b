using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>The base of the register's test classes: each runs once on SQLite and once on PostgreSQL,
/// through a concrete subclass per provider.</summary>
public abstract class RegisterProviderTests
{
    /// <summary>The office index the tests issue under.</summary>
    internal const string Office = "2-11";

    internal const string Issuer = "Сапарова Г.";

    private protected abstract RegisterProvider Provider { get; }

    private protected Task<TestRegister> CreateAsync(bool open = true) => TestRegister.CreateAsync(Provider, open);

    private protected static Act Example(ActKind kind, ActLanguage language = ActLanguage.Ru) =>
        ExampleActs.Load(Examples.ActExamples.Name(kind), language);

    private protected static async Task<IssuedAct> IssueAsync(ActRegister register, Act act, string? office = Office)
    {
        var outcome = await register.IssueAsync(new IssueRequest(act, Issuer, office), TestContext.Current.CancellationToken);
        return Assert.IsType<IssueOutcome.Issued>(outcome, exactMatch: true).Act;
    }
}
