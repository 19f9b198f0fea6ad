namespace RegulatorHub.Dashboard.Api;

/// <summary>One page of a list: its items and where the page stands.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page (empty beyond the end).</param>
/// <param name="Paging">Page number, size, total and the next page's address.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, PageInfo Paging);
