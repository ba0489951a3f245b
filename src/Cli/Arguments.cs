using System.Globalization;
using Supervision.Acts;

namespace Supervision.Cli;

/// <summary>Positional arguments and "--name value" options of one verb.</summary>
internal sealed class Arguments
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new Arguments();
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                if (index + 1 >= args.Count)
                {
                    throw new UsageException($"option --{name} needs a value");
                }

                if (!parsed._options.TryAdd(name, args[++index]))
                {
                    throw new UsageException($"option --{name} is given twice");
                }
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

    /// <summary>An option's value, or the default where it is not given.</summary>
    public string? Option(string name, string? fallback = null)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : fallback;
    }

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
    public T? Enum<T>(string name) where T : struct, System.Enum
    {
        var value = Option(name);
        if (value is null)
        {
            return null;
        }

        return EnumNames.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new UsageException($"--{name} '{value}' is not one of: {string.Join(", ", EnumNames.All<T>())}");
    }

    /// <summary>An act id (the positional argument at an index), or a usage error.</summary>
    public long Id(int index)
    {
        var value = Positional(index, "ID (the act's id in the register)");
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new UsageException($"'{value}' is not an act id (a positive whole number)");
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
