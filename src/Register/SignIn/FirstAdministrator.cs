namespace Supervision.Register;

/// <summary>The administrator account a fresh register starts with (<see cref="SignIns.AddFirstAdministratorAsync"/>).</summary>
public static class FirstAdministrator
{
    /// <summary>Its login.</summary>
    public const string Login = "admin";

    /// <summary>The name lists show for it.</summary>
    public const string Surname = "Әкімші";

    /// <summary>Its title in Kazakh.</summary>
    public const string TitleKk = "Жүйе әкімшісі";

    /// <summary>Its title in Russian.</summary>
    public const string TitleRu = "Администратор системы";
}
