using Supervision.Acts;
using Supervision.Language.Kazakh;
using Supervision.Language.Russian;

namespace Supervision.Language;

/// <summary>The language services of the acts, one per <see cref="ActLanguage"/>.</summary>
public static class Languages
{
    /// <summary>The service that writes numbers, sums and dates in <paramref name="language"/>.
    /// The services hold no state, so the same instance is returned on every call.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined act language.</exception>
    public static IActLanguage For(ActLanguage language) => language switch
    {
        ActLanguage.Kk => KazakhLanguage.Instance,
        ActLanguage.Ru => RussianLanguage.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Acts are written in Kazakh (kk) or Russian (ru) only."),
    };
}
