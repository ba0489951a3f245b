namespace Supervision.Validation;

/// <summary>The stable error codes of the validator: part of the public contract of the API and the CLI.</summary>
public static class ValidationCodes
{
    /// <summary>A mandatory field is missing or blank.</summary>
    public const string Required = "required";

    /// <summary>A field is given where this kind (or instance) of act does not have it.</summary>
    public const string NotApplicable = "not-applicable";

    /// <summary>The signatory's position may not sign this act at this office level.</summary>
    public const string SignatoryNotAuthorized = "signatory-not-authorized";

    /// <summary>The approver's position may not approve this act at this office level.</summary>
    public const string ApproverNotAuthorized = "approver-not-authorized";

    /// <summary>The printed position contradicts the position given.</summary>
    public const string SignatoryTitleMismatch = "signatory-title-mismatch";

    /// <summary>Signing "for" someone or with a slash (documentation rules, p. 31).</summary>
    public const string SigningForAnother = "signing-for-another";

    /// <summary>The act may not be addressed to this kind of addressee.</summary>
    public const string AddresseeNotAllowed = "addressee-not-allowed";

    /// <summary>A term is shorter than the law allows, or a deadline is not after the act date.</summary>
    public const string TermTooShort = "term-too-short";

    /// <summary>A term is longer than the law allows.</summary>
    public const string TermTooLong = "term-too-long";

    /// <summary>An enforcement file was studied later than three working days after arrival (p. 8).</summary>
    public const string StudyOverdue = "study-overdue";

    /// <summary>The act is dated before the enforcement proceeding it supervises.</summary>
    public const string DateBeforeProceeding = "date-before-proceeding";

    /// <summary>A date lies outside the bounds of the policy (act-policy.json "dates"): an act dated before 2000 or
    /// further ahead of today than the policy allows, or another date at the calendar's edge.</summary>
    public const string DateOutOfRange = "date-out-of-range";

    /// <summary>Two dates of the act are in an impossible order.</summary>
    public const string DateOrder = "date-order";

    /// <summary>The act's date falls in no legal frame (legal-frames.json), so its citations and terms are unknown.</summary>
    public const string NoLegalFrame = "no-legal-frame";

    /// <summary>The protest's flag of an unlawful suspension contradicts the type of the resolution it contests.</summary>
    public const string SuspensionMismatch = "suspension-mismatch";

    /// <summary>A date needs the working-day calendar of a year the calendar does not have.</summary>
    public const string CalendarNotCovered = "calendar-not-covered";

    /// <summary>A sum is negative.</summary>
    public const string AmountNegative = "amount-negative";

    /// <summary>A sum has more than two decimals (tiyn).</summary>
    public const string AmountPrecision = "amount-precision";

    /// <summary>A sum is beyond what acts print in words.</summary>
    public const string AmountTooLarge = "amount-too-large";

    /// <summary>A text is longer than its field allows.</summary>
    public const string TooLong = "too-long";

    /// <summary>A list has more items than allowed.</summary>
    public const string TooMany = "too-many";

    /// <summary>A text holds a character the text policy refuses (a bidirectional control, a zero-width or
    /// control character, a line break where one line is printed) or one the act's font cannot draw; the
    /// message names the character and its position.</summary>
    public const string InvalidCharacters = "invalid-characters";

    /// <summary>A telephone number is not 10 or 11 digits.</summary>
    public const string InvalidPhone = "invalid-phone";

    /// <summary>An IIN or BIN is not 12 digits with a valid check digit.</summary>
    public const string InvalidIdentifier = "invalid-identifier";

    /// <summary>An item of a list repeats an earlier one (a court act listed twice).</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A count (pages, copies, days) is zero or negative.</summary>
    public const string NotPositive = "not-positive";

    /// <summary>A number lies outside the values it can take (a quarter other than 1 to 4, a negative count, a year
    /// before the earliest date the policy allows).</summary>
    public const string OutOfRange = "out-of-range";

    // Warnings: they never stop an act, they ask the prosecutor to look (ValidationReport.Warnings).

    /// <summary>Warning: the act is dated after today in Kazakhstan, within the days ahead the policy allows.</summary>
    public const string DateInFuture = "date-in-future";

    /// <summary>Warning: prose gives a sum in digits without its words ("3 214 600 тенге" instead of
    /// "3 214 600 (три миллиона двести четырнадцать тысяч шестьсот) тенге").</summary>
    public const string AmountWithoutWords = "amount-without-words";

    /// <summary>Warning: a norm names a law or code but no article, part or paragraph of it.</summary>
    public const string NormWithoutArticle = "norm-without-article";

    /// <summary>Warning: an appeal is dated after its term, counted from the day the decision was made in its
    /// final form (it may still go with a petition to restore the term).</summary>
    public const string AppealTermMissed = "appeal-term-missed";

    /// <summary>Warning: a regional prosecutor's information to the General Prosecutor's Office is dated after the
    /// day it was due (p. 11, 12: the 7th of the month after its period).</summary>
    public const string DeliveryLate = "delivery-late";
}
