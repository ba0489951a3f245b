namespace Supervision.Api.Signing;

/// <summary>
/// Where the signatory's browser finds NCALayer, the National Certification Centre's program that holds his
/// key on his own machine and signs with it (setting <c>Signing:NcaLayerUrl</c>). The page connects to it
/// from the browser, never the server; the pages' Content-Security-Policy lets the inbox reach this origin.
/// </summary>
public sealed class NcaLayerSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Signing";

    /// <summary>The address NCALayer listens on by default on every workstation.</summary>
    public const string DefaultUrl = "wss://127.0.0.1:13579";

    /// <summary>The WebSocket address of NCALayer: <c>wss://127.0.0.1:13579</c> unless set.</summary>
    public string NcaLayerUrl { get; set; } = DefaultUrl;

    /// <summary>The address as a URI, once <see cref="Problem"/> found none.</summary>
    public Uri Address => new(NcaLayerUrl, UriKind.Absolute);

    /// <summary>The origin a Content-Security-Policy names: <c>wss://127.0.0.1:13579</c>.</summary>
    public string Origin => $"{Address.Scheme}://{Address.Authority}";

    /// <summary>What is wrong with the setting, naming it; null when it is a ws:// or wss:// address.</summary>
    public string? Problem() =>
        Uri.TryCreate(NcaLayerUrl, UriKind.Absolute, out var uri) && (uri.Scheme == "wss" || uri.Scheme == "ws") && uri.UserInfo.Length == 0
            ? null
            : $"Signing:NcaLayerUrl must be NCALayer's WebSocket address, as {DefaultUrl}; it is '{NcaLayerUrl}'";
}
