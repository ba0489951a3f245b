namespace Supervision.Api.SignIn;

/// <summary>The words of the sign-in pages and the header, in Kazakh and Russian.</summary>
internal sealed record SignInWords(
    string Language,
    string SignInTitle,
    string Login,
    string Password,
    string SignIn,
    string Refused,
    string LockedOut,
    string ChangeTitle,
    string ChangeExplained,
    string CurrentPassword,
    string NewPassword,
    string RepeatPassword,
    string Change,
    string Mismatch,
    string WrongCurrent,
    string SameAsCurrent,
    string Length,
    string SignedInAs,
    string SignOut)
{
    private static readonly SignInWords Kk = new(
        "kk",
        "Жүйеге кіру",
        "Логин",
        "Құпиясөз",
        "Кіру",
        "Логин немесе құпиясөз қате.",
        "Бірнеше сәтсіз әрекеттен кейін кіру уақытша бұғатталды. Қайта кіру уақыты: {0} (Астана уақыты).",
        "Құпиясөзді ауыстыру",
        "Бастапқы құпиясөзді әкімші берген. Жұмысты бастамас бұрын оны өзіңіз ғана білетін жаңа құпиясөзге ауыстырыңыз.",
        "Қазіргі құпиясөз",
        "Жаңа құпиясөз (кемінде 12 таңба)",
        "Жаңа құпиясөзді қайталаңыз",
        "Ауыстыру",
        "Жаңа құпиясөз екі жолда бірдей емес.",
        "Қазіргі құпиясөз қате.",
        "Жаңа құпиясөз қазіргісімен бірдей.",
        "Жаңа құпиясөз 12 таңбадан 256 таңбаға дейін болуы керек.",
        "Жүйеге кірген",
        "Шығу");

    private static readonly SignInWords Ru = new(
        "ru",
        "Вход в систему",
        "Логин",
        "Пароль",
        "Войти",
        "Неверный логин или пароль.",
        "После нескольких неудачных попыток вход временно заблокирован. Повторить вход можно в {0} (время Астаны).",
        "Смена пароля",
        "Первоначальный пароль выдан администратором. Прежде чем начать работу, замените его новым паролем, который знаете только вы.",
        "Текущий пароль",
        "Новый пароль (не менее 12 символов)",
        "Повторите новый пароль",
        "Сменить",
        "Новый пароль в двух полях не совпадает.",
        "Текущий пароль неверен.",
        "Новый пароль совпадает с текущим.",
        "Новый пароль должен содержать от 12 до 256 символов.",
        "В системе",
        "Выйти");

    /// <summary>The words of "kk" (default) or "ru".</summary>
    public static SignInWords For(string? language) => language == "ru" ? Ru : Kk;
}
