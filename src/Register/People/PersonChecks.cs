using System.Text.RegularExpressions;
using Supervision.Validation.Rules;

namespace Supervision.Register;

/// <summary>What is wrong with a new person on its own, before the register is read: each field's form.</summary>
internal static partial class PersonChecks
{
    private const int MaxNameLength = 100;
    private const int MaxTitleLength = 300;

    /// <summary>The login as stored: trimmed and lowercase.</summary>
    public static string Login(string login) => login.Trim().ToLowerInvariant();

    /// <summary>The first problem, field by field in the order the form shows them, or null.</summary>
    public static InputProblem? Problem(NewPerson person, string addedBy) =>
        LoginProblem(person.Login)
        ?? (RegistrationNumbers.IsOfficeCode(person.OfficeCode) ? null : new InputProblem("officeCode", $"'{person.OfficeCode}' is not an office index (\"2-11\")"))
        ?? NameProblem("surname", person.Surname, required: true)
        ?? NameProblem("givenName", person.GivenName, required: true)
        ?? NameProblem("patronymic", person.Patronymic, required: false)
        ?? FieldText.Required("titleKk", person.TitleKk, MaxTitleLength).Problem
        ?? FieldText.Required("titleRu", person.TitleRu, MaxTitleLength).Problem
        ?? IinProblem(person.Iin)
        ?? (person.Phone is { } phone && !string.IsNullOrWhiteSpace(phone) && !Phone.IsValid(phone.Trim())
            ? new InputProblem("phone", $"'{phone}' is not a Kazakhstan telephone number: 8 or +7 and ten digits (\"8 (7172) 71-25-14\")")
            : null)
        ?? (person.Roles.Count == 0 ? new InputProblem("roles", "at least one role is required") : null)
        ?? (person.Password is { } password ? Passwords.Problem(password) : null)
        ?? (string.IsNullOrWhiteSpace(addedBy) ? new InputProblem("addedBy", "who adds the person must be named") : null);

    /// <summary>Why a login is refused, or null.</summary>
    public static InputProblem? LoginProblem(string? login) =>
        login is not null && LoginForm().IsMatch(Login(login))
            ? null
            : new InputProblem("login", $"'{login}' is not a login: 2 to 64 Latin letters, digits, dots, hyphens or underscores, starting with a letter (\"a.seitova\")");

    /// <summary>Why an IIN is refused, or null: the length and the digits first, then the check digit.</summary>
    public static InputProblem? IinProblem(string? iin)
    {
        var value = iin?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return new InputProblem("iin", "is required");
        }

        if (!value.All(char.IsAsciiDigit))
        {
            return new InputProblem("iin", $"'{value}' is not an IIN: an IIN is 12 digits, and this has other characters");
        }

        if (value.Length != 12)
        {
            return new InputProblem("iin", $"'{value}' is not an IIN: an IIN is 12 digits, and this has {value.Length}");
        }

        return Identifier.IsValid(value) ? null : new InputProblem("iin", $"'{value}' is not an IIN: its last digit does not check the first eleven (a digit mistyped?)");
    }

    /// <summary>A surname, given name or patronymic: letters, spaces, hyphens and apostrophes.</summary>
    private static InputProblem? NameProblem(string field, string? value, bool required)
    {
        var (text, problem) = required ? FieldText.Required(field, value, MaxNameLength) : FieldText.Optional(field, value, MaxNameLength);
        if (problem is not null || text is null)
        {
            return problem;
        }

        return text.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’')
            ? null
            : new InputProblem(field, $"'{text}' has characters a name does not: only letters, spaces, hyphens and apostrophes");
    }

    [GeneratedRegex("^[a-z][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex LoginForm();
}
