using System.Text.Json.Serialization;

namespace Supervision.Acts;

/// <summary>Who an act is addressed to; which kinds each act may go to is policy data.</summary>
public enum AddresseeKind
{
    /// <summary>A territorial justice body (аумақтық әділет органы / территориальный орган юстиции).</summary>
    [JsonStringEnumMemberName("justice-body")] JusticeBody,

    /// <summary>Head of a territorial department – senior bailiff (аумақтық бөлімнің басшысы – аға сот орындаушысы).</summary>
    [JsonStringEnumMemberName("department-head")] DepartmentHead,

    /// <summary>A state bailiff (мемлекеттік сот орындаушысы).</summary>
    [JsonStringEnumMemberName("state-bailiff")] StateBailiff,

    /// <summary>A private bailiff (жеке сот орындаушысы).</summary>
    [JsonStringEnumMemberName("private-bailiff")] PrivateBailiff,

    /// <summary>Head of the territorial chamber of private bailiffs.</summary>
    [JsonStringEnumMemberName("chamber-head")] ChamberHead,

    /// <summary>A court, for a conclusion filed in a civil case.</summary>
    [JsonStringEnumMemberName("court")] Court,

    /// <summary>The superior prosecutor.</summary>
    [JsonStringEnumMemberName("superior-prosecutor")] SuperiorProsecutor,

    /// <summary>The applicant, a person or an organisation, who receives the reply to his application (арыз иесі / заявитель).</summary>
    [JsonStringEnumMemberName("applicant")] Applicant,

    /// <summary>The General Prosecutor's Office (its department), to which regional prosecutors report (p. 11, 12).</summary>
    [JsonStringEnumMemberName("general-prosecutors-office")] GeneralProsecutorsOffice,
}
