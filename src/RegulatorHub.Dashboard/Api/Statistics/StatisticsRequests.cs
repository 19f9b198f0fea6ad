using System.Security.Claims;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>What the statistics endpoints share in reading a request: the definition from the query, errors by parameter, the caller.</summary>
internal static class StatisticsRequests
{
    /// <summary>
    /// The definition in the query (parameters the parser does not know, such as <c>page</c>, are ignored), or
    /// <see langword="null"/> with its problems added to <paramref name="errors"/> under their parameters.
    /// </summary>
    public static StatisticsDefinition? Definition(IQueryCollection query, IDictionary<string, string[]> errors)
    {
        var parameters = query.SelectMany(p => p.Value.Select(value => new KeyValuePair<string, string?>(p.Key, value)));
        if (StatisticsDefinitionParser.TryParse(parameters, out var definition, out var problems))
        {
            return definition;
        }

        AddAll(errors, problems);
        return null;
    }

    /// <summary>Adds each problem under its parameter (several problems of one parameter are kept together).</summary>
    public static void AddAll(IDictionary<string, string[]> errors, IEnumerable<StatisticsParameterError> problems)
    {
        foreach (var problem in problems)
        {
            errors[problem.Parameter] = [.. errors.TryGetValue(problem.Parameter, out var messages) ? messages : [], problem.Message];
        }
    }

    /// <summary>The caller's account id, which owns their saved definitions and export history.</summary>
    /// <exception cref="InvalidOperationException">No account id: the endpoints are behind authorization, so this is a wiring error.</exception>
    public static string Owner(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("The statistics API needs a signed-in user with an account id.");

    /// <summary>The page <paramref name="request"/> asks for out of <paramref name="all"/>; <paramref name="linkTo"/> makes a page's address.</summary>
    public static PagedResponse<T> Page<T>(IReadOnlyList<T> all, PageRequest request, Func<int, string> linkTo)
    {
        var items = request.Offset >= all.Count ? [] : all.Skip((int)request.Offset).Take(request.PageSize).ToList();
        return new PagedResponse<T>(items, PageInfo.Of(request, all.Count, linkTo));
    }

    /// <summary>Marks an answer as not to be cached: it is per user and reflects data that changes.</summary>
    public static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    /// <summary>The 404 for an id the caller does not own (another user's and a missing one alike).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string what) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found", $"You have no {what} with this id.");
}
