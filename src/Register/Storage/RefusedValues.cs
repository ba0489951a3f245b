namespace Supervision.Register;

/// <summary>What a person is told about a value the database refused, the same words for every provider.</summary>
internal static class RefusedValues
{
    public const string Unique = "the register holds this value already, and it must be unique";

    public const string UnknownReference = "the register cannot store a value that names something the register does not hold";

    public const string Missing = "a value the register requires is missing";

    public const string TooLong = "the register cannot store a value this long";

    public const string OutOfRange = "the register cannot store a number or date this far out of range";

    public const string BadText = "the register cannot store text with a character the database cannot hold (a NUL character, or bytes that are not UTF-8)";

    public const string Rule = "a rule of the register refuses a value";
}
