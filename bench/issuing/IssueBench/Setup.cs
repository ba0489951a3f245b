using System.Text.Json.Nodes;
using Supervision.Acts;
using Supervision.Reading;
using Supervision.Register;
using Supervision.Validation.Rules;

namespace Supervision.IssueBench;

/// <summary>
/// Fills a register for the run, through the register's own API (setup is not what is measured): two
/// district offices, A (2-11, Saryarka) and B (2-12, Baikonur), a drafter and a signatory in each, and
/// drafts submitted to the signatories: normal acts (the example instruction) and huge ones (the example
/// submission with its lists grown to the validator's limits, about 200 pages).
/// </summary>
internal static class Setup
{
    public const string Password = "a long bench password 2";

    // The validator's limits (TextLimitsRule, internal to the generator): 50 items a list, 10 000 characters a paragraph.
    private const int MaxListItems = 50;
    private const int MaxProseLength = 10_000;
    private const string FirstPassword = "a long first password 1";

    public static readonly (string Drafter, string Signatory, string Code) OfficeA = ("a.drafter", "a.deputy", "2-11");
    public static readonly (string Drafter, string Signatory, string Code) OfficeB = ("b.drafter", "b.head", "2-12");

    public static async Task<int> RunAsync(string connection, string examples, int normalA, int normalB, int huge, string output)
    {
        await using var register = await ActRegister.OpenAsync(new RegisterOptions { Connection = connection, AuditKeyFile = Environment.GetEnvironmentVariable("Register__AuditKeyFile") });
        await RegisterOfficesAsync(register);
        var people = new Dictionary<string, Principal>(StringComparer.Ordinal);
        foreach (var person in People())
        {
            var added = await register.People.AddAsync(person, "bench");
            if (added is not PersonOutcome.Done done)
            {
                Console.Error.WriteLine($"person {person.Login}: {added}");
                return 2;
            }

            await register.SignIns.ChangePasswordAsync(person.Login, FirstPassword, Password);
            people[person.Login] = Principal.ForPerson(done.Person.Login, done.Person.OfficeCode, done.Person.Roles);
        }

        var instruction = Read(Path.Combine(examples, "instruction.ru.json"));
        Directory.CreateDirectory(output);
        await DraftsAsync(register, people[OfficeA.Drafter], OfficeA.Signatory, instruction, normalA, Path.Combine(output, "a.txt"));
        await DraftsAsync(register, people[OfficeB.Drafter], OfficeB.Signatory, instruction, normalB, Path.Combine(output, "b.txt"));
        await DraftsAsync(register, people[OfficeA.Drafter], OfficeA.Signatory, Huge(Path.Combine(examples, "instruction.ru.json")), huge, Path.Combine(output, "huge.txt"));
        return 0;
    }

    /// <summary>Creates and submits drafts, four at a time, and writes their ids one a line.</summary>
    private static async Task DraftsAsync(ActRegister register, Principal drafter, string signatory, Act act, int count, string file)
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<long>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, cancellation) =>
        {
            var created = await register.Drafts.CreateAsync(drafter, act, cancellation);
            var draft = created is DraftOutcome.Saved saved ? saved.Draft : throw new InvalidOperationException($"draft: {created}");
            var submitted = await register.Drafts.SubmitAsync(drafter, draft.Id, signatory, cancellation);
            ids.Add(submitted is DraftOutcome.Saved ? draft.Id : throw new InvalidOperationException($"submit: {submitted}"));
        });
        await File.WriteAllLinesAsync(file, ids.Order().Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Console.WriteLine($"{count} drafts submitted to {signatory}: {file}");
    }

    private static Act Read(string file)
    {
        var read = ActReader.Read(File.ReadAllText(file));
        return read.Succeeded ? read.Act : throw new InvalidOperationException($"{file}: {read.Error}");
    }

    /// <summary>The example instruction with its findings, violations and demands grown to the validator's limits: about 200 pages.</summary>
    private static Act Huge(string file)
    {
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        foreach (var (name, value) in json.ToList())
        {
            if (name is "violations" or "demands" && value is JsonArray { Count: > 0 } list && list[0] is JsonValue first && first.TryGetValue<string>(out var text))
            {
                json[name] = new JsonArray([.. Enumerable.Range(0, MaxListItems).Select(index => (JsonNode)Grow($"{index + 1}. {text}", 6_200))]);
            }
            else if (value is JsonValue prose && prose.TryGetValue<string>(out var paragraph) && paragraph.Length > 500)
            {
                json[name] = Grow(paragraph, MaxProseLength - 100);
            }
        }

        var read = ActReader.Read(json.ToJsonString());
        return read.Succeeded ? read.Act : throw new InvalidOperationException($"the huge act: {read.Error}");
    }

    /// <summary>The text repeated, sentence after sentence, to about <paramref name="length"/> characters.</summary>
    private static string Grow(string text, int length)
    {
        var builder = new System.Text.StringBuilder();
        while (builder.Length + text.Length + 1 < length)
        {
            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(text);
        }

        return builder.Length == 0 ? text : builder.ToString();
    }

    private static async Task RegisterOfficesAsync(ActRegister register)
    {
        foreach (var office in new[]
        {
            new OfficeRegistration("90", OfficeLevel.General, "Қазақстан Республикасының Бас прокуратурасы", "Генеральная прокуратура Республики Казахстан", null),
            new OfficeRegistration("2", OfficeLevel.Regional, "Астана қаласының прокуратурасы", "Прокуратура города Астаны", "90"),
            new OfficeRegistration(OfficeA.Code, OfficeLevel.District, "Астана қаласы Сарыарқа ауданының прокуратурасы", "Прокуратура района Сарыарка города Астаны", "2"),
            new OfficeRegistration(OfficeB.Code, OfficeLevel.District, "Астана қаласы Байқоңыр ауданының прокуратурасы", "Прокуратура района Байконур города Астаны", "2"),
        })
        {
            var outcome = await register.Offices.AddAsync(office, "bench");
            if (outcome is not OfficeOutcome.Registered)
            {
                throw new InvalidOperationException($"office {office.Code}: {outcome}");
            }
        }
    }

    private static IEnumerable<NewPerson> People() =>
    [
        Person(OfficeA.Drafter, OfficeA.Code, ("Сапарова", "Гүлнар", "Ерланқызы"), SignatoryPosition.Assistant, ("Астана қаласы Сарыарқа ауданы прокурорының көмекшісі", "Помощник прокурора района Сарыарка города Астаны"), PersonRole.Drafter),
        Person(OfficeA.Signatory, OfficeA.Code, ("Әбдірахманов", "Даурен", "Қайратұлы"), SignatoryPosition.Deputy, ("Астана қаласы Сарыарқа ауданы прокурорының орынбасары", "Заместитель прокурора района Сарыарка города Астаны"), PersonRole.Signatory),
        Person(OfficeB.Drafter, OfficeB.Code, ("Бекова", "Айжан", "Маратқызы"), SignatoryPosition.Assistant, ("Астана қаласы Байқоңыр ауданы прокурорының көмекшісі", "Помощник прокурора района Байконур города Астаны"), PersonRole.Drafter),
        Person(OfficeB.Signatory, OfficeB.Code, ("Серікбаев", "Нұрлан", "Асқарұлы"), SignatoryPosition.Head, ("Астана қаласы Байқоңыр ауданының прокуроры", "Прокурор района Байконур города Астаны"), PersonRole.Signatory),
    ];

    private static NewPerson Person(string login, string office, (string Surname, string Given, string Patronymic) name, SignatoryPosition position, (string Kk, string Ru) title, PersonRole role) =>
        new(login, office, name.Surname, name.Given, name.Patronymic, title.Kk, title.Ru, position, position == SignatoryPosition.Head ? ClassRank.SeniorCounsellorOfJustice : ClassRank.JuniorCounsellorOfJustice, Iin(login), null, [role], FirstPassword);

    /// <summary>A valid IIN made from the login (born 1990-07-15).</summary>
    private static string Iin(string login)
    {
        for (var salt = 0; ; salt++)
        {
            var body = $"900715{(uint)HashCode.Combine(StringComparer.Ordinal.GetHashCode(login), salt) % 100_000:D5}";
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
