namespace Supervision.Api.SignIn;

/// <summary>The signed-in person, as <c>GET /api/session</c> answers.</summary>
/// <param name="Login">The login.</param>
/// <param name="Name">"Surname Given-name Patronymic".</param>
/// <param name="Office">The office's index, or null (the administrator account).</param>
/// <param name="Position">The position ("deputy"), or null.</param>
/// <param name="Roles">The roles.</param>
/// <param name="MustChangePassword">Whether the password must be changed before anything else.</param>
/// <param name="CsrfToken">The token every state-changing call with this session sends in <c>X-CSRF-Token</c>.</param>
public sealed record SessionResponse(string Login, string Name, string? Office, string? Position, IReadOnlyList<string> Roles, bool MustChangePassword, string CsrfToken);
