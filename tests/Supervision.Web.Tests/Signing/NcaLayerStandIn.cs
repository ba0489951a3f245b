using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Supervision.Web.Tests.Signing;

/// <summary>
/// A stand-in for NCALayer, the National Certification Centre's desktop program the page signs through:
/// a WebSocket server over TLS on 127.0.0.1 (its certificate made here, self-signed; Chromium is told to
/// accept exactly its key, <see cref="SpkiHash"/>) that speaks NCALayer's own protocol as recorded from the
/// real program — the version greeting on connect, <c>{"module":"kz.gov.pki.knca.commonUtils","method":
/// "createCAdESFromBase64","args":[storage, keyType, base64, attach]}</c>, answered <c>{"code":"200",
/// "responseObject":CMS}</c> or <c>{"code":"500","message":"action.canceled"}</c> — and signs with the test
/// signatory's key as NCALayer would with the key he chose: a CAdES-BES CMS, SHA-256, signing time and the
/// ESS signing-certificate-v2 attribute, detached unless asked otherwise. It can be told to answer that the
/// person cancelled, or to be absent (not listening at all, as when the program is not running).
/// </summary>
internal sealed class NcaLayerStandIn : IAsyncDisposable
{
    /// <summary>The version NCALayer greets with.</summary>
    public const string Version = "1.4";

    private const string Module = "kz.gov.pki.knca.commonUtils";

    private readonly X509Certificate2 _tls;
    private readonly List<string> _requests = [];
    private WebApplication? _server;

    private NcaLayerStandIn(X509Certificate2 tls) => _tls = tls;

    /// <summary>What the stand-in does with the next request.</summary>
    public NcaLayerAnswer Answer { get; set; } = NcaLayerAnswer.Sign;

    /// <summary>The key and certificate it signs with: the one the person "chooses" in NCALayer's dialog.</summary>
    public X509Certificate2? Signer { get; set; }

    /// <summary>Where it listens: <c>wss://127.0.0.1:PORT</c>; the same address after it was absent.</summary>
    public Uri Address { get; private set; } = new("wss://127.0.0.1/");

    /// <summary>The base64 SHA-256 of its TLS certificate's public key, for Chromium's <c>--ignore-certificate-errors-spki-list</c>.</summary>
    public string SpkiHash => Convert.ToBase64String(SHA256.HashData(_tls.PublicKey.ExportSubjectPublicKeyInfo()));

    /// <summary>Every request the page sent, as JSON text, in order.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Starts listening on a free port of 127.0.0.1.</summary>
    public static async Task<NcaLayerStandIn> StartAsync()
    {
        var standIn = new NcaLayerStandIn(TlsCertificate());
        await standIn.ListenAsync(0);
        return standIn;
    }

    /// <summary>Stops listening, as when NCALayer is not running: a connection to its address is refused.</summary>
    public async Task BeAbsentAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <summary>Listens again, on the address it had.</summary>
    public async Task BePresentAsync()
    {
        if (_server is null)
        {
            await ListenAsync(Address.Port);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await BeAbsentAsync();
        _tls.Dispose();
    }

    private async Task ListenAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(_tls)));
        var server = builder.Build();
        server.UseWebSockets();
        server.Run(ConverseAsync);
        await server.StartAsync();
        var address = new Uri(server.Urls.Single());
        Address = new Uri($"wss://127.0.0.1:{address.Port}");
        _server = server;
    }

    private async Task ConverseAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var stopping = context.RequestAborted;
        await SendAsync(socket, Answer == NcaLayerAnswer.Foreign ? new JsonObject { ["status"] = "ready" } : new JsonObject { ["result"] = new JsonObject { ["version"] = Version } }, stopping);
        while (await ReceiveAsync(socket, stopping) is { } text)
        {
            lock (_requests)
            {
                _requests.Add(text);
            }

            await SendAsync(socket, Respond(text), stopping);
        }
    }

    /// <summary>NCALayer's answer to one request.</summary>
    private JsonObject Respond(string text)
    {
        var request = JsonNode.Parse(text)?.AsObject();
        var method = request?["method"]?.GetValue<string>();
        var args = request?["args"]?.AsArray();
        if (request?["module"]?.GetValue<string>() != Module || method != "createCAdESFromBase64" || args is not [_, _, { } data, { } attach]
            || data.GetValueKind() != JsonValueKind.String || attach.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            // What NCALayer answers a call it cannot match to a method of the module.
            return Error($"java.lang.IllegalArgumentException: argument type mismatch. Method: {method}");
        }

        if (Answer == NcaLayerAnswer.Cancel)
        {
            return Error("action.canceled");
        }

        var signer = Signer ?? throw new InvalidOperationException("The stand-in has no key to sign with.");
        var cms = CadesSignature.Create(Convert.FromBase64String(data.GetValue<string>()), signer, detached: !attach.GetValue<bool>());
        return new JsonObject { ["responseObject"] = Convert.ToBase64String(cms), ["code"] = "200" };
    }

    private static JsonObject Error(string message) => new() { ["code"] = "500", ["message"] = message };

    private static async Task SendAsync(WebSocket socket, JsonObject message, CancellationToken cancellationToken) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>One whole text message, or null once the page closed the connection.</summary>
    private static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                    return null;
                }

                message.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(message.ToArray());
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>A self-signed server certificate for 127.0.0.1 (NCALayer installs its own into the system's trust; the test browser is told to accept this key instead).</summary>
    private static X509Certificate2 TlsCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        // Kestrel on Linux wants a key it can hand to OpenSSL: the certificate round-trips through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
