using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;
using Supervision.Register;

namespace Supervision.Api.Idempotency;

/// <summary>
/// Runs a register write under the request's <c>Idempotency-Key</c>, where it carries one: a malformed key is
/// 400, a key whose first request is still running here 409; the register looks the key up inside the write's
/// transaction and stores the answer there when the write commits, so that a retry — even after a crash —
/// gets the first answer byte for byte (marked <c>Idempotency-Replayed: true</c>), and the same key with
/// another request is 422. Refusals are not remembered: they change nothing, and a retry is decided again.
/// </summary>
public sealed class IdempotentWrites(IdempotencyGate gate)
{
    /// <summary>Runs <paramref name="write"/> (with the idempotent request, or null without a key) and answers its outcome through <paramref name="answer"/>.</summary>
    /// <param name="controller">The action's controller: its request and context.</param>
    /// <param name="principal">Who sends the request: keys are his own.</param>
    /// <param name="operation">What is asked ("sign", "approve", "status").</param>
    /// <param name="body">The request's body as read (empty for a call without one): part of what the key stands for.</param>
    /// <param name="write">The register's write.</param>
    /// <param name="answer">The action's answer to an outcome.</param>
    public async Task<IActionResult> RunAsync<T>(
        ControllerBase controller,
        Principal principal,
        string operation,
        string body,
        Func<IdempotentRequest<T>?, Task<Remembered<T>>> write,
        Func<T, Task<IActionResult>> answer)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(answer);
        var (key, malformed) = IdempotencyKey.Read(controller.Request);
        if (malformed is not null)
        {
            return new ProblemResult(IdempotencyProblems.Malformed(malformed));
        }

        if (key is null)
        {
            return await write(null) is Remembered<T>.Fresh fresh
                ? await answer(fresh.Outcome)
                : throw new InvalidOperationException("A write without an idempotency key was answered from a record.");
        }

        using var lease = gate.TryEnter($"{principal.Kind}:{principal.Name}", key);
        if (lease is null)
        {
            return new ProblemResult(IdempotencyProblems.InProgress(key));
        }

        var request = new IdempotentRequest<T>(
            key,
            operation,
            RequestSha256(controller.Request, body),
            async outcome => await AnswerCapture.CaptureAsync(controller.ControllerContext, await answer(outcome)));
        return await write(request) switch
        {
            Remembered<T>.Fresh { Answer: { } stored } => new StoredAnswerResult(stored, replayed: false),
            Remembered<T>.Fresh fresh => await answer(fresh.Outcome),
            Remembered<T>.Replayed replayed => new StoredAnswerResult(new IdempotentAnswer(replayed.Record.StatusCode, replayed.Record.ContentType, replayed.Record.Answer), replayed: true),
            Remembered<T>.KeyReused reused => new ProblemResult(IdempotencyProblems.Reused(key, reused.Record.Operation)),
            var other => throw new InvalidOperationException($"Unexpected idempotent outcome {other.GetType().Name}."),
        };
    }

    /// <summary>What the key stands for: the SHA-256 of the method, the path and the body.</summary>
    internal static string RequestSha256(HttpRequest request, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Method} {request.PathBase}{request.Path}\n{body}")));
}
