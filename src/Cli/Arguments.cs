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

    /// <summary>The positional argument at an index, or a usage error naming it.</summary>
    public string Positional(int index, string name) =>
        index < _positional.Count ? _positional[index] : throw new UsageException($"missing {name}");

    /// <summary>An option's value, or the default where it is not given.</summary>
    public string? Option(string name, string? fallback = null)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : fallback;
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
