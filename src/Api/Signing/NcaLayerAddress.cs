namespace Supervision.Api.Signing;

/// <summary>Where the page finds NCALayer, as <c>GET /api/signing/ncalayer</c> answers.</summary>
/// <param name="Url">The WebSocket address: "wss://127.0.0.1:13579".</param>
public sealed record NcaLayerAddress(string Url);
