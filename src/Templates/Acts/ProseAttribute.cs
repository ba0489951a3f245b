namespace Supervision.Acts;

/// <summary>
/// Marks a text that is a paragraph of the act's prose: it may be long and may hold line breaks (LF, CR)
/// and tabs. Other texts are short one-line requisites (names, numbers, places, courts): a line break or a
/// tab in them is refused as <c>invalid-characters</c>. This mark is the one list of multi-line fields; the
/// validator's text policy and length limits read it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ProseAttribute : Attribute;
