using Microsoft.AspNetCore.Http;
using Supervision.Api.Idempotency;

namespace Supervision.Api.Tests.Register.Idempotency;

/// <summary>The header's value as the service reads it: an sf-string or a bare key, one header, 1 to 255 printable ASCII characters.</summary>
public sealed class IdempotencyKeyTests
{
    [Theory]
    [InlineData("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", "8e03978e-40d5-43e8-bc93-6894a57f9324")]
    [InlineData("8e03978e-40d5", "8e03978e-40d5")]
    [InlineData("\"say \\\"yes\\\"\"", "say \"yes\"")]
    public void AQuotedOrBareKeyIsRead(string header, string key) =>
        Assert.Equal((key, (string?)null), IdempotencyKey.Parse(header));

    [Fact]
    public void AnEmptyHeaderIsMalformedAndNoHeaderIsNoKey()
    {
        var empty = new DefaultHttpContext();
        empty.Request.Headers[IdempotencyKey.Header] = string.Empty;
        var twice = new DefaultHttpContext();
        twice.Request.Headers[IdempotencyKey.Header] = new Microsoft.Extensions.Primitives.StringValues(["a", "b"]);

        Assert.Equal((null, "the key is empty"), IdempotencyKey.Read(empty.Request));
        Assert.Equal((null, "the header is given more than once: send one key"), IdempotencyKey.Read(twice.Request));
        Assert.Equal((null, null), IdempotencyKey.Read(new DefaultHttpContext().Request));
    }
}
