namespace Supervision.Acts;

/// <summary>
/// Marks a field every act of its kind must fill: a text that is not blank, a list with at least one
/// item, or any value at all. The validator reports a missing one with the code <c>required</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class MandatoryAttribute : Attribute;
