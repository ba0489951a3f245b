namespace Supervision.Tests.Register;

/// <summary>A temporary folder of a test's own (a key file, a checkpoint file), deleted with its contents at the end.</summary>
internal sealed class TempFolder(string prefix) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory(prefix);

    public string FullName => _folder.FullName;

    public void Dispose() => _folder.Delete(recursive: true);
}
