using System.Runtime.CompilerServices;

namespace Supervision.Tests.Shared;

/// <summary>
/// Keeps the tests' services out of the account's own data folder (~/.local/share/supervision): unless the run
/// names one, <c>SUPERVISION_DATA</c> is the test assembly's folder, which is the working folder the tests run in
/// (the runner moves there after this initializer has run, so the folder is not read from the working folder here).
/// A PostgreSQL register the tests open themselves without a key file keeps its audit key in the working folder,
/// and the service and the command line keep theirs in the data folder: being one folder, they find the same key.
/// Processes the tests start inherit it.
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
