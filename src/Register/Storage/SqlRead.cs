using System.Data.Common;

namespace Supervision.Register;

/// <summary>
/// A read to send in one command with others (<see cref="SqlRead.Both"/>, <see cref="AuditChain.LockHeadAsync{T}"/>): its
/// statements, and how to read their result sets from the reader standing on the first of them, leaving it on the
/// last. One with no statement reads nothing from the database (a principal that is not a person needs no row).
/// </summary>
/// <typeparam name="T">What the read gives.</typeparam>
/// <param name="Statement">The statements, or null where nothing need be read.</param>
/// <param name="Read">Reads the statements' result sets (the reader is null where there is no statement).</param>
internal sealed record SqlRead<T>(SqlStatement? Statement, Func<DbDataReader?, CancellationToken, Task<T>> Read)
{
    /// <summary>Runs the read alone: one command.</summary>
    public async Task<T> RunAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (Statement is null)
        {
            return await Read(null, cancellationToken).ConfigureAwait(false);
        }

        return await Sql.ReadAsync(connection, transaction, Statement.Text, Statement.Parameters, reader => Read(reader, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same statements, their result turned into another.</summary>
    public SqlRead<TResult> Then<TResult>(Func<T, TResult> then) =>
        new(Statement, async (reader, cancellationToken) => then(await Read(reader, cancellationToken).ConfigureAwait(false)));
}

/// <summary>Reads sent together.</summary>
internal static class SqlRead
{
    /// <summary>A read of nothing, for a caller that sends no read with its command.</summary>
    public static SqlRead<bool> None { get; } = new(null, (_, _) => Task.FromResult(true));

    /// <summary>Both reads in one command, the first's result sets first.</summary>
    public static SqlRead<(TFirst First, TSecond Second)> Both<TFirst, TSecond>(SqlRead<TFirst> first, SqlRead<TSecond> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        SqlStatement? statement = (first.Statement, second.Statement) switch
        {
            (null, null) => null,
            ({ } one, null) => one,
            (null, { } other) => other,
            ({ } one, { } other) => SqlStatement.Join([one, other]),
        };
        return new(statement, async (reader, cancellationToken) =>
        {
            var read = await first.Read(first.Statement is null ? null : reader, cancellationToken).ConfigureAwait(false);
            if (first.Statement is not null && second.Statement is not null)
            {
                await reader!.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return (read, await second.Read(second.Statement is null ? null : reader, cancellationToken).ConfigureAwait(false));
        });
    }
}
