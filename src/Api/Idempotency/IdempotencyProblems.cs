using Microsoft.AspNetCore.Mvc;
using Supervision.Api.Problems;

namespace Supervision.Api.Idempotency;

/// <summary>The problems of requests sent with an <c>Idempotency-Key</c>, as the IETF httpapi draft names their statuses.</summary>
public static class IdempotencyProblems
{
    /// <summary>400: the <c>Idempotency-Key</c> header is empty, repeated, longer than 255 characters or holds a character outside printable ASCII.</summary>
    public const string KeyMalformed = ProblemTypes.Prefix + "idempotency-key-malformed";

    /// <summary>422: the key was already used by the same principal for another request (another operation, path or body).</summary>
    public const string KeyReused = ProblemTypes.Prefix + "idempotency-key-reused";

    /// <summary>409: a request with the same key is still being answered; retry once it is.</summary>
    public const string KeyInProgress = ProblemTypes.Prefix + "idempotency-key-in-progress";

    /// <summary>400 naming the header and what is wrong with its value.</summary>
    public static ProblemDetails Malformed(string why) =>
        ApiProblems.Create(StatusCodes.Status400BadRequest, KeyMalformed, "The Idempotency-Key header is malformed", $"{IdempotencyKey.Header}: {why}");

    /// <summary>422: the key answers another request; the client must use a new key for a new request.</summary>
    public static ProblemDetails Reused(string key, string operation) =>
        ApiProblems.Create(
            StatusCodes.Status422UnprocessableEntity,
            KeyReused,
            "The Idempotency-Key was used for another request",
            $"the key '{key}' already answers another request of yours ({operation}, or another path or body): send a new key with a new request");

    /// <summary>409: the first request with this key is still running.</summary>
    public static ProblemDetails InProgress(string key) =>
        ApiProblems.Create(
            StatusCodes.Status409Conflict,
            KeyInProgress,
            "A request with this Idempotency-Key is in progress",
            $"a request of yours with the key '{key}' is still being answered: retry it with the same key once that one is done");
}
