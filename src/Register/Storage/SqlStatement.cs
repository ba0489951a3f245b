using System.Text.RegularExpressions;

namespace Supervision.Register;

/// <summary>One SQL statement (or several, separated by semicolons) with its parameters, to be sent in one command
/// with others: one round trip on PostgreSQL instead of one each (a draft's update goes in the command of its audit
/// entry; an issued act, its documents and its audit entries go in one).</summary>
internal sealed partial record SqlStatement(string Text, IReadOnlyList<(string Name, object? Value)> Parameters)
{
    /// <summary>
    /// The statements as one, in order. Each one's parameters are renamed with its place ("@at" of the second
    /// becomes "@s1_at"), so statements written apart, whose names clash (an act's @at and its audit entry's @at),
    /// go together without one taking the other's value. The texts must name parameters only as @name tokens
    /// (never inside a string literal), as every statement of the register does.
    /// </summary>
    public static SqlStatement Join(IEnumerable<SqlStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var texts = new List<string>();
        var parameters = new List<(string Name, object? Value)>();
        foreach (var (statement, index) in statements.Select((statement, index) => (statement, index)))
        {
            var prefix = $"s{index}_";
            var names = statement.Parameters.Select(parameter => parameter.Name).ToHashSet(StringComparer.Ordinal);
            texts.Add(ParameterName().Replace(statement.Text, match => names.Contains(match.Groups[1].Value) ? "@" + prefix + match.Groups[1].Value : match.Value));
            parameters.AddRange(statement.Parameters.Select(parameter => (prefix + parameter.Name, parameter.Value)));
        }

        return new SqlStatement(string.Join("; ", texts), parameters);
    }

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
