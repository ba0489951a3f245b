using System.Reflection;
using Supervision.Generation;
using Supervision.Register;

namespace Supervision.Tests.Architecture;

/// <summary>
/// Dependencies point one way — doors (Api, Cli) → Register → Generator → Templates: the generator knows no
/// database and the register no HTTP. Checked on the compiled assemblies, so a package added to the wrong
/// project fails here, whatever its csproj says.
/// </summary>
public sealed class ProjectDependencyTests
{
    private static readonly string[] DatabaseAssemblies = ["Microsoft.Data.Sqlite", "Npgsql", "SQLitePCLRaw.core"];

    private static IEnumerable<string> References(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty);

    [Fact]
    public void TheGeneratorReferencesNoDatabasePackageAndNotTheRegister()
    {
        var references = References(typeof(ActGenerator).Assembly).ToList();

        Assert.DoesNotContain(references, name => DatabaseAssemblies.Contains(name));
        Assert.DoesNotContain("Supervision.Register", references);
        Assert.Contains("Supervision.Templates", references);
    }

    [Fact]
    public void TheRegisterStandsOnTheGeneratorAndKnowsNoHttp()
    {
        var references = References(typeof(ActRegister).Assembly).ToList();

        Assert.Contains("Supervision.Generator", references);
        Assert.Contains(references, name => DatabaseAssemblies.Contains(name));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
