using System.Runtime.CompilerServices;

namespace Supervision.Tests.Shared;

/// <summary>
/// Keeps the tests' services out of the account's own data folder (~/.local/share/supervision): unless the run
/// names one, <c>SUPERVISION_DATA</c> is the test's working folder, where a PostgreSQL register's audit key lay
/// before the data folder existed, so the registers the tests open themselves and the service they start find
/// the same key. Processes the tests start inherit it.
/// </summary>
internal static class TestDataFolder
{
    [ModuleInitializer]
    internal static void KeepTestsOutOfTheAccountsDataFolder()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SUPERVISION_DATA")))
        {
            Environment.SetEnvironmentVariable("SUPERVISION_DATA", Directory.GetCurrentDirectory());
        }
    }
}
