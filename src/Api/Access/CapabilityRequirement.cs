using Microsoft.AspNetCore.Authorization;

namespace Supervision.Api.Access;

/// <summary>The requirement of one capability's policy.</summary>
/// <param name="Name">The capability (<see cref="Capability"/>).</param>
public sealed record CapabilityRequirement(string Name) : IAuthorizationRequirement;
