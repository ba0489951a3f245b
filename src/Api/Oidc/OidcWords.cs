namespace Supervision.Api.Oidc;

/// <summary>The words of sign-in with the office's identity provider, in Kazakh and Russian.</summary>
internal sealed record OidcWords(
    string Language,
    string SignInWithProvider,
    string RefusedTitle,
    string Unknown,
    string Disabled,
    string NoClaim,
    string Failed,
    string BackToSignIn,
    string SignedInTitle,
    string Continue)
{
    private static readonly OidcWords Kk = new(
        "kk",
        "Прокуратураның сәйкестендіру жүйесі арқылы кіру",
        "Жүйеге кіру орындалмады",
        "Сәйкестендіру жүйесі «{0}» пайдаланушысын растады, бірақ ол бұл жүйеде тіркелмеген. Әкімшіге хабарласыңыз.",
        "«{0}» пайдаланушысының бұл жүйеге кіруі тоқтатылған. Әкімшіге хабарласыңыз.",
        "Сәйкестендіру жүйесі пайдаланушыны анықтайтын деректі ({0}) бермеді. Әкімшіге хабарласыңыз.",
        "Сәйкестендіру жүйесі арқылы кіру сәтсіз аяқталды. Қайталап көріңіз немесе логин мен құпиясөз арқылы кіріңіз.",
        "Кіру бетіне оралу",
        "Жүйеге кірдіңіз",
        "Жалғастыру");

    private static readonly OidcWords Ru = new(
        "ru",
        "Войти через систему идентификации прокуратуры",
        "Вход не выполнен",
        "Система идентификации подтвердила пользователя «{0}», но он не зарегистрирован в этой системе. Обратитесь к администратору.",
        "Доступ пользователя «{0}» к этой системе прекращён. Обратитесь к администратору.",
        "Система идентификации не передала сведения, по которым определяется пользователь ({0}). Обратитесь к администратору.",
        "Войти через систему идентификации не удалось. Повторите попытку или войдите по логину и паролю.",
        "Вернуться к странице входа",
        "Вход выполнен",
        "Продолжить");

    /// <summary>The words of "kk" (default) or "ru".</summary>
    public static OidcWords For(string? language) => language == "ru" ? Ru : Kk;
}
