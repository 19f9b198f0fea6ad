namespace RegulatorHub.Dashboard.Api;

/// <summary>Where a page of a numbered list stands (see <see cref="PageRequest"/>).</summary>
/// <param name="Page">The page answered, from 1.</param>
/// <param name="PageSize">Rows per page.</param>
/// <param name="TotalRows">Rows in the whole list.</param>
/// <param name="Next">The relative address of the next page, or <see langword="null"/> on the last page (and beyond it).</param>
public sealed record PageInfo(int Page, int PageSize, long TotalRows, string? Next)
{
    /// <summary>The paging of <paramref name="request"/> over <paramref name="totalRows"/> rows; <paramref name="linkTo"/> makes the address of a page number.</summary>
    public static PageInfo Of(PageRequest request, long totalRows, Func<int, string> linkTo)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(linkTo);
        var hasNext = request.Offset + request.PageSize < totalRows && request.Page < PageRequest.MaxPage;
        return new PageInfo(request.Page, request.PageSize, totalRows, hasNext ? linkTo(request.Page + 1) : null);
    }
}
