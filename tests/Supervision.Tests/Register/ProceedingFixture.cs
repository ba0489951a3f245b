using Supervision.Acts;
using Supervision.Register;

namespace Supervision.Tests.Register;

/// <summary>
/// A register with the offices of <see cref="Staff"/>, a second district office (2-12, Baikonur) under the city
/// office, a controller in each district, an assistant of 2-11 without the role, and one act issued under 2-11:
/// what the tracked-proceedings tests enter their proceedings with.
/// </summary>
internal sealed class ProceedingFixture
{
    public const string OtherOffice = "2-12";

    /// <summary>IIN 850412-40123-9: 1·8+2·5+3·0+4·4+5·1+6·2+7·4+8·0+9·1+10·2+11·3 = 141 = 11·12 + 9.</summary>
    public const string OtherControllerIin = "850412401239";

    private ProceedingFixture(Principal controller, Principal otherController, Principal drafter, IssuedAct act)
    {
        Controller = controller;
        OtherController = otherController;
        Drafter = drafter;
        Act = act;
    }

    /// <summary>The controller of 2-11.</summary>
    public Principal Controller { get; }

    /// <summary>The controller of 2-12.</summary>
    public Principal OtherController { get; }

    /// <summary>A deputy of 2-11 who drafts and signs, without the role controller.</summary>
    public Principal Drafter { get; }

    /// <summary>An instruction issued under 2-11 on the example's enforcement proceeding.</summary>
    public IssuedAct Act { get; }

    public static async Task<ProceedingFixture> CreateAsync(ActRegister register, Func<ActRegister, Task<IssuedAct>> issue)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await Staff.RegisterOfficesAsync(register);
        Assert.IsType<OfficeOutcome.Registered>(await register.Offices.AddAsync(
            new OfficeRegistration(OtherOffice, OfficeLevel.District, "Астана қаласы Байқоңыр ауданының прокуратурасы", "Прокуратура района Байконур города Астаны", Staff.Regional),
            Staff.Admin,
            cancellation));
        var controller = await AddAsync(register, Staff.Assistant(PersonRole.Controller));
        var other = await AddAsync(register, Staff.Assistant(PersonRole.Controller) with
        {
            Login = "zh.tolegenova",
            OfficeCode = OtherOffice,
            Surname = "Төлегенова",
            GivenName = "Жанар",
            TitleKk = "Астана қаласы Байқоңыр ауданы прокурорының көмекшісі",
            TitleRu = "Помощник прокурора района Байконур города Астаны",
            Iin = OtherControllerIin,
        });
        var drafter = await AddAsync(register, Staff.Deputy());
        return new ProceedingFixture(controller, other, drafter, await issue(register));
    }

    private static async Task<Principal> AddAsync(ActRegister register, NewPerson person)
    {
        var added = Assert.IsType<PersonOutcome.Done>(await register.People.AddAsync(person, Staff.Admin, TestContext.Current.CancellationToken)).Person;
        return Principal.ForPerson(added.Login, added.OfficeCode, added.Roles);
    }
}
