using System.Globalization;
using Supervision.Acts;
using Supervision.FollowUps;
using Supervision.Vocabulary;

namespace Supervision.Api.FollowUps;

/// <summary>A kind of act that may follow an issued act, and where to make its draft.</summary>
/// <param name="Kind">"withdrawal-notice", ...</param>
/// <param name="Titles">Its Kazakh and Russian titles.</param>
/// <param name="Source">Where the tie comes from (the seed's paragraph, the law's article).</param>
/// <param name="Copies">The fields its draft takes from the act (the follow-up's field paths).</param>
/// <param name="Create">Where to POST to make its draft pre-filled from the act.</param>
public sealed record FollowUpOffer(string Kind, IReadOnlyDictionary<string, string> Titles, string Source, IReadOnlyList<string> Copies, string Create)
{
    /// <summary>The offer of a rule for the act with the id.</summary>
    public static FollowUpOffer Of(long actId, FollowUpRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var kind = EnumNames.Of(rule.Kind);
        return new(
            kind,
            Enum.GetValues<ActLanguage>().ToDictionary(EnumNames.Of, language => ActVocabulary.For(language).KindTitle(rule.Kind)),
            rule.Basis,
            [.. rule.Copies.Select(copy => copy.To)],
            string.Create(CultureInfo.InvariantCulture, $"/api/acts/issued/{actId}/follow-ups/{kind}"));
    }
}
