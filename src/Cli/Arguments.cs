using System.Globalization;
using Supervision.Acts;

namespace Supervision.Cli;

/// <summary>Positional arguments, "--name value" options and the few flags (options without a value) of one verb.</summary>
internal sealed class Arguments
{
    // Options that take no value, the same in every verb.
    private static readonly HashSet<string> Flags = new(["password-stdin", "replace"], StringComparer.Ordinal);

    private readonly List<string> _positional = [];
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private Arguments(TextReader input, Func<string, string?> environment)
    {
        Input = input;
        Environment = environment;
    }

    /// <summary>The standard input, for a verb that reads a secret from it (--password-stdin).</summary>
    public TextReader Input { get; }

    /// <summary>The environment's variables (the register's settings, the data folder), read through here so that a
    /// caller running the command line in its own process (the tests) gives each run its own.</summary>
    public Func<string, string?> Environment { get; }

    public static Arguments Parse(IReadOnlyList<string> args, TextReader? input = null, Func<string, string?>? environment = null)
    {
        var parsed = new Arguments(input ?? TextReader.Null, environment ?? System.Environment.GetEnvironmentVariable);
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                if (Flags.Contains(name))
                {
                    parsed.Add(name, string.Empty);
                    continue;
                }

                if (index + 1 >= args.Count)
                {
                    throw new UsageException($"option --{name} needs a value");
                }

                parsed.Add(name, args[++index]);
            }
            else
            {
                parsed._positional.Add(arg);
            }
        }

        return parsed;
    }

    /// <summary>Every positional argument, in order.</summary>
    public IReadOnlyList<string> Positionals => _positional;

    /// <summary>The positional argument at an index, or a usage error naming it.</summary>
    public string Positional(int index, string name) =>
        index < _positional.Count ? _positional[index] : throw new UsageException($"missing {name}");

    /// <summary>An option's value, or the default where it is not given; a usage error where it is given twice.</summary>
    public string? Option(string name, string? fallback = null)
    {
        var values = Options(name);
        return values.Count switch
        {
            0 => fallback,
            1 => values[0],
            _ => throw new UsageException($"option --{name} is given twice"),
        };
    }

    /// <summary>Every value of an option that may be repeated ("--role drafter --role signatory"), in order.</summary>
    public IReadOnlyList<string> Options(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    /// <summary>Whether a flag (an option without a value) is given.</summary>
    public bool Flag(string name) => Option(name) is not null;

    /// <summary>A required option's value, or a usage error naming it ("--login LOGIN is required").</summary>
    public string Required(string name, string placeholder) =>
        Option(name) ?? throw new UsageException($"--{name} {placeholder} is required");

    /// <summary>A date option as YYYY-MM-DD, or a usage error.</summary>
    public DateOnly? Date(string name)
    {
        var value = Option(name);
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--{name} '{value}' is not a date YYYY-MM-DD");
    }

    /// <summary>An enum option by its public name, or a usage error listing the names.</summary>
    public T? Enum<T>(string name) where T : struct, System.Enum =>
        Option(name) is { } value ? ParseEnum<T>(name, value) : null;

    /// <summary>Every value of a repeatable enum option ("--role drafter --role signatory"), or a usage error listing the names.</summary>
    public IReadOnlyList<T> Enums<T>(string name) where T : struct, System.Enum =>
        [.. Options(name).Select(value => ParseEnum<T>(name, value))];

    /// <summary>An act id (the positional argument at an index), or a usage error.</summary>
    public long Id(int index)
    {
        var value = Positional(index, "ID (the act's id in the register)");
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new UsageException($"'{value}' is not an act id (a positive whole number)");
    }

    private static T ParseEnum<T>(string name, string value) where T : struct, System.Enum =>
        EnumNames.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new UsageException($"--{name} '{value}' is not one of: {string.Join(", ", EnumNames.All<T>())}");

    private void Add(string name, string value)
    {
        if (!_options.TryGetValue(name, out var values))
        {
            _options[name] = values = [];
        }

        values.Add(value);
    }

    /// <summary>Refuses options and extra arguments the verb did not read, so a typo is never ignored.</summary>
    public void EnsureAllRead(int positionalCount)
    {
        var unknown = _options.Keys.Where(name => !_read.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown option --{unknown[0]}");
        }

        if (_positional.Count > positionalCount)
        {
            throw new UsageException($"unexpected argument '{_positional[positionalCount]}'");
        }
    }
}
