namespace Supervision.Api.Register;

/// <summary>Where the service's register stands.</summary>
public enum RegisterHostState
{
    /// <summary>Not opened yet: it opens on the first request that needs it.</summary>
    NotOpened,

    /// <summary>Being opened (the database created, migrated, the shipped templates stored).</summary>
    Opening,

    /// <summary>Open.</summary>
    Open,

    /// <summary>The last attempt to open it failed; the next request tries again.</summary>
    Failed,
}
