using Supervision.Register;
using Supervision.Tests.Cli;

namespace Supervision.Tests.Register;

/// <summary>
/// An empty register of its own for one test: a SQLite file in a temporary folder, or a schema of its
/// own on the PostgreSQL server named by SUPERVISION_TEST_POSTGRES (dropped at the end), and a data folder
/// of its own (deleted at the end) where the command line run on it keeps a PostgreSQL register's audit key,
/// as the service does, and where the test's own clients find that key: nothing is written to the working folder.
/// </summary>
internal sealed class TestRegister : IAsyncDisposable
{
    private readonly List<ActRegister> _opened = [];
    private readonly TestDatabase _database;

    private TestRegister(TestDatabase database, TestClock clock)
    {
        _database = database;
        Clock = clock;
    }

    public RegisterProvider Provider => _database.Provider;

    public string Connection => _database.Connection;

    public TestClock Clock { get; }

    /// <summary>The test's data folder, as the command line and the service are given it (Data__Path).</summary>
    public string DataFolder => _database.DataFolder;

    /// <summary>The audit key file the register's clients open it with by default: null beside a SQLite file
    /// (the register's own default), the data folder's supervision-audit.key for PostgreSQL (the command line's and the service's).</summary>
    public string? AuditKeyFile => _database.AuditKeyFile;

    /// <summary>The command line's environment on this register: its data folder; a run names the register itself (--db).</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["Data__Path"] = DataFolder };

    /// <summary>The command line run in this register's environment (<see cref="Environment"/>).</summary>
    public CliRun Cli(params string[] args) => CliRun.WithEnvironment(Environment, args);

    /// <summary>The command line run in this register's environment, reading <paramref name="input"/> as its standard input.</summary>
    public CliRun CliWithInput(string input, params string[] args) => CliRun.WithInput(input, Environment, args);

    /// <summary>The register every test starts with (opened with the database).</summary>
    public ActRegister Register => _opened[0];

    public static async Task<TestRegister> CreateAsync(RegisterProvider provider, bool open = true)
    {
        var clock = new TestClock(new DateTimeOffset(2025, 10, 20, 6, 0, 0, TimeSpan.Zero));
        var created = new TestRegister(await TestDatabase.CreateAsync(provider, "supervision-register-", "supervision.db", "register_test_"), clock);
        if (open)
        {
            try
            {
                await created.OpenAnotherAsync();
            }
            catch
            {
                await created.DisposeAsync();
                throw;
            }
        }

        return created;
    }

    /// <summary>Another client of the same database: its own register object, its own connections.</summary>
    public async Task<ActRegister> OpenAnotherAsync() => await OpenAnotherAsync(options => options);

    /// <summary>Another client, of a program that ships these template files.</summary>
    public Task<ActRegister> OpenAnotherAsync(IReadOnlyList<Templating.TemplateFile>? shipped) =>
        OpenAnotherAsync(options => options with { ShippedTemplates = shipped });

    /// <summary>Another client, opened with options of its own (an audit key file, a key given as a setting).
    /// Without them the audit key file is <see cref="AuditKeyFile"/>: beside the SQLite file, or the test's data
    /// folder's supervision-audit.key for PostgreSQL, where the command line run by <see cref="Cli"/> finds it.</summary>
    public async Task<ActRegister> OpenAnotherAsync(Func<RegisterOptions, RegisterOptions> adjust)
    {
        var register = await ActRegister.OpenAsync(adjust(new RegisterOptions { Connection = Connection, Clock = Clock, AuditKeyFile = AuditKeyFile }));
        lock (_opened)
        {
            _opened.Add(register);
        }

        return register;
    }

    /// <summary>Runs SQL behind the application's back.</summary>
    public Task<int> ExecuteAsync(string sql) => _database.ExecuteAsync(sql);

    /// <summary>Reads one value behind the application's back.</summary>
    public Task<long> CountAsync(string sql) => _database.CountAsync(sql);

    /// <summary>Reads one text behind the application's back (null for NULL).</summary>
    public Task<string?> TextAsync(string sql) => _database.TextAsync(sql);

    public async ValueTask DisposeAsync()
    {
        foreach (var register in _opened)
        {
            await register.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
