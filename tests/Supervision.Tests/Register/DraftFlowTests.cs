using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// Acts drafted, signed and approved by the people the law names: the register fills the signature
/// and approval from their profiles, the one validator speaks at their real positions, and every
/// refusal has its code.
/// </summary>
public abstract class DraftFlowTests : RegisterProviderTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly Office Saryarka = new() { Level = OfficeLevel.District, Name = "Прокуратура района Сарыарка города Астаны" };

    /// <summary>The example order (of another office), as the Saryarka office would write it.</summary>
    private static Act Order() => Example(ActKind.Order) with { Office = Saryarka };

    private static Act Read(string json) => Supervision.Reading.ActReader.Read(json).Act!;

    private static async Task<Principal> AddAsync(ActRegister register, NewPerson person)
    {
        var added = Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(person, Staff.Admin, Cancellation)).Person;
        return Principal.ForPerson(added.Login, added.OfficeCode, added.Roles);
    }

    /// <summary>The offices registered, an assistant who drafts and signs, and an order he drafted, not yet submitted.</summary>
    private static async Task<(Principal Assistant, Draft Draft)> AnAssistantsOrderAsync(ActRegister register)
    {
        await Staff.RegisterOfficesAsync(register);
        var assistant = await AddAsync(register, Staff.Assistant(PersonRole.Drafter, PersonRole.Signatory));
        var created = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.CreateAsync(assistant, Order(), Cancellation)).Draft;
        return (assistant, created);
    }

    private static async Task<Draft> DraftAsync(ActRegister register, Principal drafter, Act act, string signatory)
    {
        var created = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.CreateAsync(drafter, act, Cancellation)).Draft;
        return Assert.IsType<DraftOutcome.Saved>(await register.Drafts.SubmitAsync(drafter, created.Id, signatory, Cancellation)).Draft;
    }

    [Fact]
    public async Task AnAssistantDraftsAnOrderTheHeadSignsItAndTheIssuedSignatureNamesHim()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var assistant = await AddAsync(register, Staff.Assistant(PersonRole.Drafter));
        var head = await AddAsync(register, Staff.Head(PersonRole.Signatory));
        var deputy = await AddAsync(register, Staff.Deputy());

        var submitted = await DraftAsync(register, assistant, Order(), head.Name);
        var inbox = await register.Drafts.ForSignatureAsync(head, Cancellation);
        var returned = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.ReturnAsync(head, submitted.Id, "Уточните срок исполнения.", Cancellation)).Draft;
        var toMe = await register.Drafts.MineAsync(assistant, DraftState.Returned, Cancellation);
        Assert.IsType<DraftOutcome.Saved>(await register.Drafts.SubmitAsync(assistant, submitted.Id, head.Name, Cancellation));
        var byDeputy = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.SignAsync(deputy, submitted.Id, Cancellation));
        var issued = Assert.IsType<DraftOutcome.Issued>(await register.Drafts.SignAsync(head, submitted.Id, Cancellation));
        var again = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.UpdateAsync(assistant, submitted.Id, Order(), Cancellation));

        Assert.Equal([submitted.Id], inbox.Select(draft => draft.Id));
        Assert.Equal(DraftState.Returned, returned.State);
        Assert.Equal("Уточните срок исполнения.", Assert.Single(toMe).Remarks);
        Assert.Equal(Refusal.Forbidden, byDeputy.Refusal.Code);
        Assert.Equal("2-11-25/1", issued.Act.RegistrationNumber);
        Assert.Equal("Нұрланов Ержан", issued.Act.Prosecutor);
        Assert.Equal(head.Name, issued.Act.IssuedBy);
        var signed = Assert.IsType<Order>(Read(issued.Act.ActJson));
        Assert.Equal(SignatoryPosition.Head, signed.Signatory!.Position);
        Assert.Equal("Прокурор района Сарыарка города Астаны", signed.Signatory.Title);
        Assert.Equal(ClassRank.CounsellorOfJustice, signed.Signatory.ClassRank);
        Assert.Equal(("Нұрланов", "Ержан"), (signed.Signatory.Name!.Surname, signed.Signatory.Name.GivenName));
        Assert.Equal((DraftState.Issued, issued.Act.Id), (issued.Draft.State, issued.Draft.IssuedActId));
        Assert.Equal(Refusal.Conflict, again.Refusal.Code);

        // Execution control: the drafter and the signer may change the status; another deputy may not.
        var stranger = Assert.IsType<StatusOutcome.Refused>(await register.ChangeStatusAsync(deputy, issued.Act.Id, new StatusUpdate(ActStatus.Withdrawn, new DateOnly(2025, 10, 17), null), Cancellation));
        Assert.Equal(Refusal.Forbidden, stranger.Code);
        Assert.IsType<StatusOutcome.Changed>(await register.ChangeStatusAsync(assistant, issued.Act.Id, new StatusUpdate(ActStatus.Answered, new DateOnly(2025, 10, 17), "15-2/330"), Cancellation));
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
    }

    [Fact]
    public async Task AnOrderSubmittedToAnAssistantIsRefusedAtSubmitByThePolicyAtHisRealPosition()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var (assistant, created) = await AnAssistantsOrderAsync(register);

        // The act names the head as signatory: the register checks it as the assistant would sign it.
        var invalid = Assert.IsType<DraftOutcome.Invalid>(await register.Drafts.SubmitAsync(assistant, created.Id, assistant.Name, Cancellation));

        Assert.Contains(invalid.Errors, error => error.Path == "signatory.position" && error.Code == "signatory-not-authorized");
        Assert.Equal(DraftState.Draft, (await register.Drafts.GetAsync(assistant, created.Id, Cancellation))!.State);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
    }

    [Fact]
    public async Task AnOrderAnEarlierReleaseSubmittedToAnAssistantIsStillRefusedAtSigning()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        var (assistant, created) = await AnAssistantsOrderAsync(register);

        // Releases before 3 December 2026 submitted a draft without validating it.
        await database.ExecuteAsync($"UPDATE drafts SET state = 'submitted', signatory = '{assistant.Name}' WHERE id = {created.Id}");
        var invalid = Assert.IsType<DraftOutcome.Invalid>(await register.Drafts.SignAsync(assistant, created.Id, Cancellation));

        Assert.Contains(invalid.Errors, error => error.Path == "signatory.position" && error.Code == "signatory-not-authorized");
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        Assert.Equal(DraftState.Submitted, (await register.Drafts.GetAsync(assistant, created.Id, Cancellation))!.State);
    }

    [Fact]
    public async Task AConclusionIsSignedThenIssuedOnlyWhenTheRightPersonApprovesIt()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var assistant = await AddAsync(register, Staff.Assistant(PersonRole.Drafter, PersonRole.Signatory));
        var deputy = await AddAsync(register, Staff.Deputy());
        var head = await AddAsync(register, Staff.Head(PersonRole.Approver));
        var conclusion = Example(ActKind.Conclusion);

        var draft = await DraftAsync(register, assistant, conclusion, assistant.Name);
        var signed = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.SignAsync(assistant, draft.Id, Cancellation)).Draft;
        var issuedDirectly = Assert.IsType<IssueOutcome.Refused>(await register.IssueAsync(assistant, conclusion, Cancellation));
        var byAssistant = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.ApproveAsync(assistant, draft.Id, Cancellation));
        var byDeputy = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.ApproveAsync(deputy, draft.Id, Cancellation));
        var forHead = await register.Drafts.ForApprovalAsync(head, Cancellation);
        var approved = Assert.IsType<DraftOutcome.Issued>(await register.Drafts.ApproveAsync(head, draft.Id, Cancellation));

        Assert.Equal(DraftState.AwaitingApproval, signed.State);
        Assert.Equal(Refusal.Conflict, issuedDirectly.Code);
        Assert.Equal(Refusal.Forbidden, byAssistant.Refusal.Code);
        Assert.Equal(Refusal.Forbidden, byDeputy.Refusal.Code);
        Assert.Equal([draft.Id], forHead.Select(item => item.Id));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM issued_acts"));
        var act = Assert.IsType<Conclusion>(Read(approved.Act.ActJson));
        Assert.Equal(("Сапарова", SignatoryPosition.Assistant), (act.Signatory!.Name!.Surname, act.Signatory.Position));
        Assert.Equal(("Нұрланов", SignatoryPosition.Head), (act.Approver!.Name!.Surname, act.Approver.Position));
        Assert.Equal(head.Name, approved.Draft.ApprovedBy);
    }

    [Fact]
    public async Task AClientWithActsDraftDraftsButNeverSignsApprovesPublishesOrChangesAStatus()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var head = await AddAsync(register, Staff.Head(PersonRole.Signatory, PersonRole.Approver, PersonRole.Editor));
        var client = Principal.ForClient("ais-enforcement", Office, [ClientScope.ActsDraft, ClientScope.RegisterRead]);
        var renderOnly = Principal.ForClient("renderer", Office, [ClientScope.ActsRender]);

        var draft = await DraftAsync(register, client, Order(), head.Name);
        var notDrafter = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.CreateAsync(renderOnly, Order(), Cancellation));
        var sign = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.SignAsync(client, draft.Id, Cancellation));
        var approve = Assert.IsType<DraftOutcome.Refused>(await register.Drafts.ApproveAsync(client, draft.Id, Cancellation));
        var propose = Assert.IsType<PublishOutcome.Refused>(await register.ProposeTemplateAsync(client, "templates-ru/order.sbn", "text", Cancellation));
        var issued = Assert.IsType<DraftOutcome.Issued>(await register.Drafts.SignAsync(head, draft.Id, Cancellation));
        var status = Assert.IsType<StatusOutcome.Refused>(await register.ChangeStatusAsync(client, issued.Act.Id, new StatusUpdate(ActStatus.Withdrawn, new DateOnly(2025, 10, 17), null), Cancellation));

        Assert.Equal(Refusal.Forbidden, notDrafter.Refusal.Code);
        Assert.Equal((Refusal.Forbidden, Refusal.Forbidden, Refusal.Forbidden, Refusal.Forbidden), (sign.Refusal.Code, approve.Refusal.Code, propose.Refusal.Code, status.Code));
        Assert.Equal(("ais-enforcement", PrincipalKind.Client), (issued.Draft.DraftedBy, issued.Draft.DrafterKind));
        Assert.Equal([draft.Id], (await register.Drafts.MineAsync(client, cancellationToken: Cancellation)).Select(item => item.Id).Concat([issued.Draft.Id]).Distinct());
    }

    /// <summary>Who drafts in an office writes in its name: the act's head is the drafter's registered office,
    /// whatever office the act came with (here the example's, Ekibastuz).</summary>
    [Fact]
    public async Task ADraftStandsInItsDraftersRegisteredOffice()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var assistant = await AddAsync(register, Staff.Assistant(PersonRole.Drafter));
        var example = Example(ActKind.Order);

        var created = Assert.IsType<DraftOutcome.Saved>(await register.Drafts.CreateAsync(assistant, example, Cancellation));

        Assert.NotEqual("Прокуратура района Сарыарка города Астаны", example.Office!.Name);
        var office = Read(created.Draft.ActJson).Office!;
        Assert.Equal("Прокуратура района Сарыарка города Астаны", office.Name);
        Assert.Equal(OfficeLevel.District, office.Level);
    }

    [Fact]
    public async Task AHigherOfficeReadsTheActsOfTheOfficesBelowItButNotAnotherBranchs()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(new OfficeRegistration("15", OfficeLevel.Regional, "Қарағанды облысының прокуратурасы", "Прокуратура Карагандинской области", Staff.General), Staff.Admin, Cancellation));
        var district = await AddAsync(register, Staff.Assistant(PersonRole.Drafter));
        var regional = await AddAsync(register, Staff.Assistant(PersonRole.Drafter) with { Login = "a.regional", OfficeCode = Staff.Regional, Iin = "750201400123" });
        var otherBranch = await AddAsync(register, Staff.Assistant(PersonRole.Drafter) with { Login = "k.other", OfficeCode = "15", Iin = "821104500339" });
        var general = await AddAsync(register, Staff.Assistant(PersonRole.Drafter) with { Login = "g.general", OfficeCode = Staff.General, Iin = "790606300443" });
        var ours = await IssueAsync(register, Example(ActKind.Instruction));
        var theirs = await IssueAsync(register, Example(ActKind.Submission), "15");

        async Task<IReadOnlyList<string>> Reads(Principal principal) =>
            [.. (await register.ListAsync(principal, new RegisterQuery(), Cancellation)).Select(act => act.RegistrationNumber)];

        Assert.Equal([ours.RegistrationNumber], await Reads(district));
        Assert.Equal([ours.RegistrationNumber], await Reads(regional));
        Assert.Equal([theirs.RegistrationNumber], await Reads(otherBranch));
        Assert.Equal([ours.RegistrationNumber, theirs.RegistrationNumber], await Reads(general));
        Assert.NotNull(await register.GetAsync(regional, ours.Id, Cancellation));
        Assert.Null(await register.GetAsync(otherBranch, ours.Id, Cancellation));
        Assert.DoesNotContain((await register.ControlAsync(otherBranch, new ControlQuery(AsOf: new DateOnly(2025, 11, 30)), Cancellation)).Overdue, act => act.OfficeCode == Office);
        Assert.Contains((await register.ControlAsync(regional, new ControlQuery(AsOf: new DateOnly(2025, 11, 30)), Cancellation)).Overdue, act => act.OfficeCode == Office);
        Assert.Equal(0, (await register.IndicatorsAsync(otherBranch, new IndicatorQuery(Office, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Cancellation)).Issued);
        Assert.Equal(1, (await register.IndicatorsAsync(regional, new IndicatorQuery(null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), Cancellation)).Issued);
    }

    [Fact]
    public async Task AnEditorCannotApproveHisOwnProposalAndTheLiveSetIgnoresItUntilAnotherDoes()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var deputy = await AddAsync(register, Staff.Deputy(PersonRole.Editor));
        var head = await AddAsync(register, Staff.Head(PersonRole.Editor));
        const string Path = "templates-ru/order.sbn";
        var text = await register.TemplateTextAsync(Path, cancellationToken: Cancellation);

        var proposed = Assert.IsType<PublishOutcome.Proposed>(await register.ProposeTemplateAsync(deputy, Path, text + "\n", Cancellation));
        var liveBefore = (await register.LiveTemplatesAsync(Cancellation)).VersionOf(Path);
        var second = Assert.IsType<PublishOutcome.Refused>(await register.ProposeTemplateAsync(head, Path, text + "\n\n", Cancellation));
        var own = Assert.IsType<PublishOutcome.Refused>(await register.ApproveTemplateAsync(deputy, Path, proposed.Version.Version, Cancellation));
        var approved = Assert.IsType<PublishOutcome.Published>(await register.ApproveTemplateAsync(head, Path, proposed.Version.Version, Cancellation));

        Assert.True(proposed.Version.IsPending);
        Assert.Equal(1, liveBefore);
        Assert.Equal(Refusal.Conflict, second.Refusal.Code);
        Assert.Equal(Refusal.Forbidden, own.Refusal.Code);
        Assert.Equal((2, head.Name), (approved.Version.Version, approved.Version.ApprovedBy));
        Assert.Equal(2, (await register.LiveTemplatesAsync(Cancellation)).VersionOf(Path));
        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);

        await database.ExecuteAsync("UPDATE template_versions SET approved_by = 'd.abdirakhmanov' WHERE path = 'templates-ru/order.sbn' AND version = 2");
        Assert.Contains("approvedBy", (await register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditEntriesNameTheirPrincipalAndVerifyFindsOneChanged()
    {
        await using var database = await CreateAsync();
        var register = database.Register;
        await Staff.RegisterOfficesAsync(register);
        var assistant = await AddAsync(register, Staff.Assistant(PersonRole.Drafter));
        var head = await AddAsync(register, Staff.Head(PersonRole.Signatory));
        var draft = await DraftAsync(register, assistant, Order(), head.Name);
        Assert.IsType<DraftOutcome.Issued>(await register.Drafts.SignAsync(head, draft.Id, Cancellation));

        Assert.True((await register.VerifyAuditAsync(cancellationToken: Cancellation)).Holds);
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'sign' AND actor = 'e.nurlanov' AND principal = '{\"kind\":\"person\",\"name\":\"e.nurlanov\",\"office\":\"2-11\",\"roles\":[\"signatory\"],\"scopes\":[]}'"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM audit_log WHERE action = 'draft' AND principal LIKE '%\"name\":\"g.saparova\"%\"roles\":[\"drafter\"]%'"));
        var sign = await database.CountAsync("SELECT seq FROM audit_log WHERE action = 'sign'");

        await database.ExecuteAsync("UPDATE audit_log SET principal = REPLACE(principal, 'e.nurlanov', 'g.saparova') WHERE action = 'sign'");
        var broken = (await register.VerifyAuditAsync(cancellationToken: Cancellation)).Broken!;

        Assert.Equal(sign, broken.Seq);
        Assert.Contains("does not match its hash", broken.Reason, StringComparison.Ordinal);
    }
}

public sealed class SqliteDraftFlowTests : DraftFlowTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Sqlite;
}

public sealed class PostgresDraftFlowTests : DraftFlowTests
{
    private protected override RegisterProvider Provider => RegisterProvider.Postgres;
}
