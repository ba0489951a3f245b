namespace Supervision.Acts;

/// <summary>
/// Marks a text that is a paragraph of the act's prose: it may be long and may hold line breaks.
/// Other texts are short one-line requisites (names, numbers, places).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ProseAttribute : Attribute;
