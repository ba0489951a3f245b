using Supervision.Acts;
using Supervision.Register;
using Supervision.Validation.Rules;

namespace Supervision.ReadsBench;

/// <summary>The offices and people of the benchmark's register: Astana's regional office with four districts,
/// three signatories in each, and an auditor of the General Prosecutor's Office who reads everything.</summary>
internal static class Staff
{
    public const string Auditor = "bench.auditor";

    public const string Password = "a long benchmark password 2";

    private const string FirstPassword = "a long benchmark password 1";

    public static readonly (string Code, string NameKk, string NameRu)[] Districts =
    [
        ("2-11", "Астана қаласы Сарыарқа ауданының прокуратурасы", "Прокуратура района Сарыарка города Астаны"),
        ("2-12", "Астана қаласы Байқоңыр ауданының прокуратурасы", "Прокуратура района Байконур города Астаны"),
        ("2-13", "Астана қаласы Есіл ауданының прокуратурасы", "Прокуратура района Есиль города Астаны"),
        ("2-14", "Астана қаласы Алматы ауданының прокуратурасы", "Прокуратура района Алматы города Астаны"),
    ];

    private static readonly (string Surname, string Given, string Patronymic, SignatoryPosition Position)[] Signatories =
    [
        ("Серікбаев", "Нұрлан", "Асқарұлы", SignatoryPosition.Head),
        ("Әбдірахманов", "Даурен", "Қайратұлы", SignatoryPosition.Deputy),
        ("Сейтова", "Айгүл", "Болатқызы", SignatoryPosition.FirstDeputy),
    ];

    private static int _iins;

    /// <summary>Registers the offices and people; answers the signatories as principals with their offices' Russian names.</summary>
    public static async Task<List<(Principal Principal, string OfficeName)>> CreateAsync(ActRegister register)
    {
        await Office(register, new OfficeRegistration("1", OfficeLevel.General, "Қазақстан Республикасының Бас прокуратурасы", "Генеральная прокуратура Республики Казахстан", null));
        await Office(register, new OfficeRegistration("2", OfficeLevel.Regional, "Астана қаласының прокуратурасы", "Прокуратура города Астаны", "1"));
        await Person(register, new NewPerson(Auditor, "1", "Тексеруші", "Ғалым", null, "Бас прокурордың аға көмекшісі", "Старший помощник Генерального прокурора",
            SignatoryPosition.SeniorAssistant, ClassRank.CounsellorOfJustice, Iin(), null, [PersonRole.Auditor, PersonRole.Controller], FirstPassword));
        var signatories = new List<(Principal, string)>();
        foreach (var (code, nameKk, nameRu) in Districts)
        {
            await Office(register, new OfficeRegistration(code, OfficeLevel.District, nameKk, nameRu, "2"));
            foreach (var (surname, given, patronymic, position) in Signatories)
            {
                var login = $"{Transliterated(surname)}.d{code.Replace("-", string.Empty, StringComparison.Ordinal)}";
                var (titleKk, titleRu) = Titles(position, nameKk, nameRu);
                await Person(register, new NewPerson(login, code, surname, given, patronymic, titleKk, titleRu,
                    position, ClassRank.JuniorCounsellorOfJustice, Iin(), null, [PersonRole.Signatory], null));
                signatories.Add((Principal.ForPerson(login, code, [PersonRole.Signatory]), nameRu));
            }
        }

        if (await register.SignIns.ChangePasswordAsync(Auditor, FirstPassword, Password) is PersonOutcome.Refused refused)
        {
            throw new InvalidOperationException($"the auditor's password: {refused.Problem}");
        }

        return signatories;
    }

    private static async Task Office(ActRegister register, OfficeRegistration office)
    {
        if (await register.Offices.AddAsync(office, "bench") is OfficeOutcome.Refused refused)
        {
            throw new InvalidOperationException($"office {office.Code}: {refused.Problem}");
        }
    }

    private static async Task Person(ActRegister register, NewPerson person)
    {
        if (await register.People.AddAsync(person, "bench") is PersonOutcome.Refused refused)
        {
            throw new InvalidOperationException($"person {person.Login}: {refused.Problem}");
        }
    }

    /// <summary>The printed titles of a district's head and deputies, from the office's names.</summary>
    private static (string Kk, string Ru) Titles(SignatoryPosition position, string officeKk, string officeRu)
    {
        var district = officeRu["Прокуратура ".Length..];
        var districtKk = officeKk[..officeKk.IndexOf("ауданының", StringComparison.Ordinal)];
        return position switch
        {
            SignatoryPosition.Head => ($"{districtKk}ауданының прокуроры", $"Прокурор {district}"),
            SignatoryPosition.FirstDeputy => ($"{districtKk}ауданы прокурорының бірінші орынбасары", $"Первый заместитель прокурора {district}"),
            _ => ($"{districtKk}ауданы прокурорының орынбасары", $"Заместитель прокурора {district}"),
        };
    }

    private static string Transliterated(string surname) => surname switch
    {
        "Серікбаев" => "serikbaev",
        "Әбдірахманов" => "abdirakhmanov",
        _ => "seitova",
    };

    /// <summary>The next valid IIN (born 1990-07-15), one per person.</summary>
    private static string Iin()
    {
        while (true)
        {
            var body = $"900715{Interlocked.Increment(ref _iins) * 7:D5}";
            foreach (var check in "0123456789")
            {
                if (Identifier.IsValid(body + check))
                {
                    return body + check;
                }
            }
        }
    }
}
