using Supervision.Acts;

namespace Supervision.Register;

/// <summary>
/// A query's filters as one SQL condition over <c>issued_acts</c> with its parameters, shared by the list,
/// its count, the control lists and the indicators, so that each asks the database the same question. The
/// prosecutor is compared by key (<see cref="NameKey"/>), every value is a parameter; the signatory and the
/// EDS signature are read from the drafts and act_signatures tables.
/// </summary>
internal sealed class ActFilter
{
    private readonly List<string> _conditions = ["1 = 1"];
    private readonly List<(string Name, object? Value)> _parameters = [];

    private ActFilter()
    {
    }

    /// <summary>The condition, to follow WHERE.</summary>
    public string Where => string.Join(" AND ", _conditions);

    /// <summary>The condition's parameters.</summary>
    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    /// <summary>The filters of a register query.</summary>
    public static ActFilter Of(RegisterQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new ActFilter();
        filter.Add("office_code = @office", "office", query.OfficeCode);
        filter.Add("prosecutor_key = @prosecutor", "prosecutor", query.Prosecutor is { } name ? NameKey.Of(name) : null);
        // The signatory is the person who signed the act in the register: the one its draft was signed by
        // (drafts.signatory; for a conclusion not the approver who issued it), or for an act issued without
        // a draft, the one who issued it (issued_by), as the signing of its PDF has it.
        filter.Add(
            "(id IN (SELECT issued_act_id FROM drafts WHERE signatory = @signatory) OR (issued_by = @signatory AND id NOT IN (SELECT issued_act_id FROM drafts WHERE issued_act_id IS NOT NULL)))",
            "signatory",
            query.Signatory);
        if (query.Eds is { } eds)
        {
            // Only the row's existence counts: act_signatures holds a row for an act once its signature is attached.
            filter._conditions.Add(eds == EdsState.Attached ? "id IN (SELECT act_id FROM act_signatures)" : "id NOT IN (SELECT act_id FROM act_signatures)");
        }

        filter.Add("status = @status", "status", query.Status is { } status ? EnumNames.Of(status) : null);
        filter.Add("kind = @kind", "kind", query.Kind is { } kind ? EnumNames.Of(kind) : null);
        filter.Add("due_date < @dueBefore", "dueBefore", query.DueBefore);
        filter.Add("due_date >= @dueFrom", "dueFrom", query.DueFrom);
        filter.Add("act_date >= @dateFrom", "dateFrom", query.DateFrom);
        filter.Add("act_date <= @dateTo", "dateTo", query.DateTo);
        if (query.VisibleOffices is { } visible)
        {
            // Offices are indexes of letters, digits and hyphens (RegistrationNumbers.IsOfficeCode), passed as parameters all the same.
            var names = visible.Select((code, index) => (Name: $"visible{index}", Code: code)).ToList();
            filter._conditions.Add(names.Count == 0 ? "1 = 0" : $"office_code IN ({string.Join(", ", names.Select(name => "@" + name.Name))})");
            filter._parameters.AddRange(names.Select(name => (name.Name, (object?)name.Code)));
        }

        return filter;
    }

    /// <summary>This filter and one more condition with its parameters.</summary>
    public ActFilter And(string condition, params (string Name, object? Value)[] parameters)
    {
        var more = With(parameters);
        more._conditions.Add(condition);
        return more;
    }

    /// <summary>This filter with more parameters, for a query that uses them outside the condition (in its columns).</summary>
    public ActFilter With(params (string Name, object? Value)[] parameters)
    {
        var more = new ActFilter();
        more._conditions.AddRange(_conditions.Skip(1));
        more._parameters.AddRange(_parameters);
        more._parameters.AddRange(parameters);
        return more;
    }

    private void Add(string condition, string name, object? value)
    {
        if (value is not null)
        {
            _conditions.Add(condition);
            _parameters.Add((name, value));
        }
    }
}
