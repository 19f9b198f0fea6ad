using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Api;

/// <summary>The OpenAPI document as served: anonymous, valid by Microsoft.OpenApi's rules, complete.</summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Document_Anonymous_ParsesWithoutErrorsAndPassesValidation()
    {
        var (status, text) = await FetchAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json);
        Assert.NotNull(read.Document);
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        var errors = read.Document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(ApiDocumentTransformer.Title, read.Document.Info.Title);
    }

    [Fact]
    public async Task Document_ListsEveryApiEndpointAndTheBearerScheme()
    {
        var (_, text) = await FetchAsync();
        var document = OpenApiDocument.Parse(text, OpenApiConstants.Json).Document!;

        var apiRoutes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!)
            .Where(r => r.StartsWith(ApiPaths.Prefix, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Length > 1 ? r.TrimEnd('/') : r)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(apiRoutes);
        var documented = document.Paths.Keys.Select(p => p.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(documented, apiRoutes.ToHashSet(StringComparer.Ordinal));
        Assert.DoesNotContain(document.Paths.Keys, p => !p.StartsWith(ApiPaths.Prefix, StringComparison.Ordinal));

        var scheme = document.Components!.SecuritySchemes![ApiDocumentTransformer.BearerSchemeKey];
        Assert.Equal((SecuritySchemeType.Http, "bearer"), (scheme.Type, scheme.Scheme));
        Assert.NotEmpty(document.Security!);
    }

    [Fact]
    public async Task Document_EveryOperationHasSummaryAndTheCommonRefusals()
    {
        var (_, text) = await FetchAsync();
        var document = OpenApiDocument.Parse(text, OpenApiConstants.Json).Document!;

        var operations = document.Paths.Values.SelectMany(p => p.Operations!.Values).ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Summary));
            // A success (200, or 201/204 for a create/delete), a refusal of the input (400, or 404 for an id) and the common refusals.
            Assert.Superset(new HashSet<string>(["401", "403", "429"]), o.Responses!.Keys.ToHashSet());
            Assert.Contains(o.Responses.Keys, k => k is "200" or "201" or "204");
            Assert.Contains(o.Responses.Keys, k => k is "400" or "404");
            Assert.True(o.Responses["429"].Headers!.ContainsKey("Retry-After"));
            Assert.All(o.Parameters ?? [], p => Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name));
        });
    }

    [Fact]
    public async Task Document_ListsTheStatisticsApiWithResponseSchemas()
    {
        var (_, text) = await FetchAsync();
        var document = OpenApiDocument.Parse(text, OpenApiConstants.Json).Document!;

        Assert.Subset(
            document.Paths.Keys.ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(
                ["/api/v1/statistics", "/api/v1/statistics/dimensions", "/api/v1/statistics/definitions", "/api/v1/statistics/definitions/{id}",
                 "/api/v1/statistics/definitions/{id}/run", "/api/v1/exports", "/api/v1/exports/{id}"],
                StringComparer.Ordinal));
        var table = document.Paths["/api/v1/statistics"].Operations![HttpMethod.Get];
        Assert.NotNull(table.Responses!["200"].Content!["application/json"].Schema);
        Assert.Contains(table.Parameters!, p => p.Name == "pageSize");
        Assert.NotNull(document.Paths["/api/v1/statistics/definitions"].Operations![HttpMethod.Post].RequestBody);
        Assert.Contains("404", document.Paths["/api/v1/exports/{id}"].Operations![HttpMethod.Get].Responses!.Keys);
    }

    private async Task<(HttpStatusCode Status, string Text)> FetchAsync()
    {
        using var client = DashboardSession.Anonymous(factory);
        using var response = await client.GetAsync(new Uri(ApiPaths.OpenApiDocument, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
