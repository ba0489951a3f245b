using System.Text.Json.Serialization;

namespace Supervision.Register;

/// <summary>p. 17's two indicators over one set of proceedings (an office's, or all the report covers).</summary>
/// <param name="State">Execution in favour of the state.</param>
/// <param name="Property">Execution of the prosecutor's property claims.</param>
/// <param name="NonProperty">Execution of the prosecutor's non-property claims.</param>
public sealed record P17Figures(StateExecution State, PropertyClaimsExecution Property, NonPropertyClaimsExecution NonProperty)
{
    /// <summary>No proceeding at all.</summary>
    public static P17Figures None { get; } = new(new(0, 0, 0, 0), new(0, 0, 0, 0), new(0, 0, 0));

    /// <summary>Whether any tracked proceeding is behind these figures, counted or left out.</summary>
    [JsonIgnore]
    public bool Any => State.Proceedings + State.TermKept + Property.Proceedings + Property.PrivateInterest + NonProperty.InExecution + NonProperty.WithoutWrit > 0;

    /// <summary>The figures of two sets added up.</summary>
    public P17Figures Plus(P17Figures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            new(State.Proceedings + other.State.Proceedings, State.SumDue + other.State.SumDue, State.Recovered + other.State.Recovered, State.TermKept + other.State.TermKept),
            new(Property.Proceedings + other.Property.Proceedings, Property.SumDue + other.Property.SumDue, Property.Recovered + other.Property.Recovered, Property.PrivateInterest + other.Property.PrivateInterest),
            new(NonProperty.InExecution + other.NonProperty.InExecution, NonProperty.Executed + other.NonProperty.Executed, NonProperty.WithoutWrit + other.NonProperty.WithoutWrit));
    }
}
