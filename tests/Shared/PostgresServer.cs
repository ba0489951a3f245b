namespace Supervision.Testing;

/// <summary>The PostgreSQL server the register tests use (the register's own and its API's), from
/// SUPERVISION_TEST_POSTGRES (what .ci/postgres.sh prints). Without it the PostgreSQL tests fail in CI
/// (CI=true) and are skipped, with the reason, elsewhere. One file, compiled into each test project that needs it.</summary>
internal static class PostgresServer
{
    public const string Variable = "SUPERVISION_TEST_POSTGRES";

    public static string ConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        const string how = $"{Variable} is not set: run `export {Variable}=\"$(bash .ci/postgres.sh)\"` to install and start a local PostgreSQL and test the register on it";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI must test the register on PostgreSQL, but {how}");
        }

        Assert.Skip(how);
        return string.Empty;
    }
}
