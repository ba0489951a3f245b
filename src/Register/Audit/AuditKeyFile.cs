namespace Supervision.Register;

/// <summary>
/// The audit key's file: one base64 line, created with owner-only permissions (0600) so that only the
/// account the register runs under reads it. Created atomically under its own name (O_CREAT | O_EXCL:
/// of programs starting at once, exactly one creates it, and the others read its key), then written. It
/// used to be written to a temporary file and moved to its name, but .NET's File.Move without overwrite
/// is not atomic on Linux: two programs both "created" the file, with two keys, and one of them then
/// refused to open (PostgresMigrationTests.ManyProgramsStartingAtOnce…, about one run in eight). A
/// program that finds the file still empty (its creator has not written its line yet) waits for it.
/// </summary>
internal static class AuditKeyFile
{
    /// <summary>The default file of a SQLite register: beside its database file ("supervision.db.audit-key").</summary>
    public const string Suffix = ".audit-key";

    /// <summary>The default file where the register is not a file (PostgreSQL), in the current folder.</summary>
    public const string DefaultName = "supervision-audit.key";

    /// <summary>How long and how often a reader waits for a key file found empty: created, its line not written yet.</summary>
    private static readonly TimeSpan EmptyWait = TimeSpan.FromMilliseconds(20);

    private const int EmptyWaits = 100;

    /// <summary>The key the file holds, or null where there is no file.</summary>
    /// <exception cref="RegisterException">The file cannot be read or holds no key.</exception>
    public static AuditKey? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);

            // Created a moment ago by another program, which writes its one line right after: wait for it
            // (a file still empty after that is reported as holding no key).
            for (var wait = 0; string.IsNullOrWhiteSpace(text) && wait < EmptyWaits; wait++)
            {
                Thread.Sleep(EmptyWait);
                text = File.ReadAllText(path);
            }
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new RegisterException($"the audit key file {path} cannot be read: {exception.Message}", exception);
        }

        return AuditKey.FromBase64(text, $"the file {path}");
    }

    /// <summary>Creates the file with a new key; where another process created it meanwhile, its key.</summary>
    /// <returns>The key, and whether this call created the file.</returns>
    public static (AuditKey Key, bool Created) Create(string path)
    {
        var key = AuditKey.Generate();
        var full = Path.GetFullPath(path);
        return Place(full, key)
            ? (key, true)
            : (Read(full) ?? throw new RegisterException($"the audit key file {full} vanished as it was created"), false);
    }

    /// <summary>Writes a copy of a key (a backup's, a restore's) to a new file, as <see cref="Create"/> writes one.</summary>
    /// <exception cref="RegisterException">The file exists already, or cannot be written.</exception>
    public static void Write(string path, AuditKey key)
    {
        var full = Path.GetFullPath(path);
        if (!Place(full, key))
        {
            throw new RegisterException($"the audit key file {full} exists already");
        }
    }

    /// <summary>Puts the key in the file unless it exists: false where another process got there first.</summary>
    private static bool Place(string full, AuditKey key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(full, options);
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new RegisterException($"the audit key file {full} cannot be created: {exception.Message}", exception);
        }

        try
        {
            using (stream)
            using (var writer = new StreamWriter(stream))
            {
                writer.WriteLine(key.ToBase64());
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nobody can have used a key that was never written: the file goes, and the next start makes another.
            File.Delete(full);
            throw new RegisterException($"the audit key file {full} cannot be written: {exception.Message}", exception);
        }
    }
}
