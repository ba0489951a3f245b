using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>Class ranks of prosecutors, printed under the signatory's position (domain brief, "Ranks").</summary>
public enum ClassRank
{
    /// <summary>юрист 3 класса – 3-сыныпты заңгер.</summary>
    [JsonStringEnumMemberName("lawyer-class-3")] LawyerClass3,

    /// <summary>юрист 2 класса – 2-сыныпты заңгер.</summary>
    [JsonStringEnumMemberName("lawyer-class-2")] LawyerClass2,

    /// <summary>юрист 1 класса – 1-сыныпты заңгер.</summary>
    [JsonStringEnumMemberName("lawyer-class-1")] LawyerClass1,

    /// <summary>младший советник юстиции – әділет кіші кеңесшісі.</summary>
    [JsonStringEnumMemberName("junior-counsellor-of-justice")] JuniorCounsellorOfJustice,

    /// <summary>советник юстиции – әділет кеңесшісі.</summary>
    [JsonStringEnumMemberName("counsellor-of-justice")] CounsellorOfJustice,

    /// <summary>старший советник юстиции – әділет аға кеңесшісі.</summary>
    [JsonStringEnumMemberName("senior-counsellor-of-justice")] SeniorCounsellorOfJustice,

    /// <summary>государственный советник юстиции 3 класса – 3-сыныпты әділет мемлекеттік кеңесшісі.</summary>
    [JsonStringEnumMemberName("state-counsellor-of-justice-class-3")] StateCounsellorOfJusticeClass3,

    /// <summary>государственный советник юстиции 2 класса – 2-сыныпты әділет мемлекеттік кеңесшісі.</summary>
    [JsonStringEnumMemberName("state-counsellor-of-justice-class-2")] StateCounsellorOfJusticeClass2,

    /// <summary>государственный советник юстиции 1 класса – 1-сыныпты әділет мемлекеттік кеңесшісі.</summary>
    [JsonStringEnumMemberName("state-counsellor-of-justice-class-1")] StateCounsellorOfJusticeClass1,
}
