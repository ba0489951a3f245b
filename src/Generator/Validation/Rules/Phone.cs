namespace Supervision.Validation.Rules;

/// <summary>The form of a Kazakhstan telephone number as acts and the register of people accept it.</summary>
public static class Phone
{
    /// <summary>
    /// Whether the text is a Kazakhstan number: 8 or +7 and ten digits, or a ten-digit local form,
    /// with spaces, hyphens and brackets allowed between the digits ("8 (7172) 71-25-14").
    /// </summary>
    /// <param name="phone">The number as typed.</param>
    public static bool IsValid(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var digits = phone.Count(char.IsAsciiDigit);
        return phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '\u00A0' or '+' or '(' or ')' or '-')
            && digits is 10 or 11;
    }
}
