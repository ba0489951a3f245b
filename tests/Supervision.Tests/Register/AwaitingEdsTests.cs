using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// The acts a signatory still has to sign with his EDS (issue 14): those issued from drafts he signed, and
/// without a row in act_signatures; an act signed by another is not his, an act issued without a draft is its issuer's.
/// </summary>
public abstract class AwaitingEdsTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly Office Saryarka = new() { Level = OfficeLevel.District, Name = "Прокуратура района Сарыарка города Астаны" };

    private static async Task<Principal> AddAsync(ActRegister register, NewPerson person)
    {
        var added = Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(person, Staff.Admin, Cancellation)).Person;
        return Principal.ForPerson(added.Login, added.OfficeCode, added.Roles);
    }

    private static async Task<IssuedAct> SignedAsync(ActRegister register, Principal drafter, Principal signatory, ActKind kind)
    {
        var act = Example(kind) with { Office = Saryarka };
        var created = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.CreateAsync(drafter, act, Cancellation)).Draft;
        Assert.IsType<DraftOutcome.Saved>(await register.Drafts.SubmitAsync(drafter, created.Id, signatory.Name, Cancellation));
        return Assert.IsType<DraftOutcome.Issued>(await register.Drafts.SignAsync(signatory, created.Id, Cancellation)).Act;
    }

    [Fact]
    public async Task OnlyTheActsHeSignedAndThatCarryNoEdsSignatureAwaitHisEdsSignature()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var assistant = await AddAsync(register, Staff.Assistant(PersonRole.Drafter));
        var head = await AddAsync(register, Staff.Head(PersonRole.Signatory));
        var deputy = await AddAsync(register, Staff.Deputy());
        var first = await SignedAsync(register, assistant, head, ActKind.Order);
        var second = await SignedAsync(register, assistant, head, ActKind.Order);
        var deputys = await SignedAsync(register, assistant, deputy, ActKind.Instruction);
        var withoutDraft = await IssueAsync(register, Example(ActKind.Order) with { Office = Saryarka });

        async Task<IEnumerable<long>> Ids(Principal principal, string? signatory, EdsState? eds) =>
            (await register.ListAsync(principal, new RegisterQuery { Signatory = signatory, Eds = eds }, Cancellation)).Select(act => act.Id);

        Assert.Equal([first.Id, second.Id], await Ids(head, head.Name, EdsState.Missing));
        Assert.Equal([deputys.Id], await Ids(head, deputy.Name, EdsState.Missing));
        Assert.Equal([first.Id, second.Id, deputys.Id, withoutDraft.Id], await Ids(head, null, EdsState.Missing));

        // The signing side stores a row in act_signatures once the CMS is accepted; here only its existence matters.
        var bytes = database.Provider == RegisterProvider.Postgres ? "decode('25', 'hex')" : "X'25'";
        await database.ExecuteAsync(
            "INSERT INTO act_signatures (act_id, pdf, sha256, signer_iin, signer_name, signer_position, certificate_subject, certificate_issuer, " +
            "certificate_serial, valid_from, valid_to, signed_at, recorded_by, recorded_at) " +
            $"SELECT id, {bytes}, 'hash', 'IIN', prosecutor, 'position', 'subject', 'issuer', '01', issued_at, issued_at, issued_at, issued_by, issued_at FROM issued_acts WHERE id = {first.Id}");

        Assert.Equal([second.Id], await Ids(head, head.Name, EdsState.Missing));
        Assert.Equal([first.Id], await Ids(head, head.Name, EdsState.Attached));
        Assert.Equal(1, await register.CountAsync(head, new RegisterQuery { Signatory = head.Name, Eds = EdsState.Missing }, Cancellation));
        Assert.Equal([withoutDraft.Id], await Ids(head, Issuer, null));
        Assert.Empty(await Ids(head, "nobody", null));
    }
}

public sealed class SqliteAwaitingEdsTests : AwaitingEdsTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresAwaitingEdsTests : AwaitingEdsTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
