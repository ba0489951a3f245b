namespace Supervision.Api.Register;

/// <summary>A list answer: <c>{ "items": [...] }</c>, an object so that it can grow fields later.</summary>
/// <typeparam name="T">The item's shape.</typeparam>
/// <param name="Items">The items.</param>
public sealed record ItemList<T>(IReadOnlyList<T> Items);
