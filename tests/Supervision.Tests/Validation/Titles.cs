using Supervision.Acts;

namespace Supervision.Tests.Validation;

/// <summary>Printed titles that agree with each position, as a district office prints them.</summary>
internal static class Titles
{
    public static string For(SignatoryPosition position, ActLanguage language) => (language, position) switch
    {
        (ActLanguage.Kk, SignatoryPosition.Head) => "Бостандық ауданының прокуроры",
        (ActLanguage.Kk, SignatoryPosition.ActingHead) => "Бостандық ауданы прокурорының міндетін атқарушы",
        (ActLanguage.Kk, SignatoryPosition.FirstDeputy) => "Бостандық ауданы прокурорының бірінші орынбасары",
        (ActLanguage.Kk, SignatoryPosition.Deputy) => "Бостандық ауданы прокурорының орынбасары",
        (ActLanguage.Kk, SignatoryPosition.SeniorAssistant) => "Бостандық ауданы прокурорының аға көмекшісі",
        (ActLanguage.Kk, SignatoryPosition.Assistant) => "Бостандық ауданы прокурорының көмекшісі",
        (ActLanguage.Ru, SignatoryPosition.Head) => "Прокурор Бостандыкского района",
        (ActLanguage.Ru, SignatoryPosition.ActingHead) => "Исполняющий обязанности прокурора Бостандыкского района",
        (ActLanguage.Ru, SignatoryPosition.FirstDeputy) => "Первый заместитель прокурора Бостандыкского района",
        (ActLanguage.Ru, SignatoryPosition.Deputy) => "Заместитель прокурора Бостандыкского района",
        (ActLanguage.Ru, SignatoryPosition.SeniorAssistant) => "Старший помощник прокурора Бостандыкского района",
        (ActLanguage.Ru, SignatoryPosition.Assistant) => "Помощник прокурора Бостандыкского района",
        _ => throw new ArgumentOutOfRangeException(nameof(position)),
    };
}
