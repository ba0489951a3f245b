using System.Runtime.CompilerServices;

namespace Supervision.Tests.Shared;

/// <summary>
/// Keeps the tests' services out of the account's own data folder (~/.local/share/supervision): unless the run
/// names one, <c>SUPERVISION_DATA</c> is the test assembly's folder, which is the working folder the tests run in
/// (the runner moves there after this initializer has run, so the folder is not read from the working folder here).
/// Processes the tests start inherit it. A test over a register of its own gives the service and the command line
/// its own data folder as well (<c>TestDatabase.DataFolder</c>), so that a PostgreSQL register's audit key is the
/// test's and no key file is left here.
/// </summary>
internal static class TestDataFolder
{
    [ModuleInitializer]
    internal static void KeepTestsOutOfTheAccountsDataFolder()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SUPERVISION_DATA")))
        {
            Environment.SetEnvironmentVariable("SUPERVISION_DATA", AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        }
    }
}
