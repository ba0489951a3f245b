using Supervision.Acts;
using Supervision.Api.Problems;
using Supervision.Api.Setup;
using Supervision.Reading;

namespace Supervision.Api.Bodies;

/// <summary>
/// Reads the act a request carries: the body as text (<see cref="JsonBodyReader"/>), then the product's
/// one strict reader (<see cref="ActReader"/>). The act's kind and language go into the request log.
/// </summary>
public sealed class ActBodyReader(JsonBodyReader bodies)
{
    /// <summary>Reads the act in the request's body.</summary>
    public async Task<ActBody> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = await bodies.ReadAsync(context.Request, context.RequestAborted);
        if (!body.Succeeded)
        {
            return ActBody.Failed(body.Problem);
        }

        var result = ActReader.Read(body.Text);
        if (!result.Succeeded)
        {
            return ActBody.Failed(ApiProblems.Unreadable(result.Error));
        }

        var fields = context.LogFields();
        fields.Kind = EnumNames.Of(result.Act.Kind);
        fields.Language = EnumNames.Of(result.Act.Language);
        return ActBody.Of(result.Act);
    }
}
