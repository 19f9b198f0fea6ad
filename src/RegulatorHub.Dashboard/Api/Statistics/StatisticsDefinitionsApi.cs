using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Exports;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>
/// The caller's saved statistics definitions: <c>GET</c> and <c>POST /api/v1/statistics/definitions</c>,
/// <c>GET</c> and <c>DELETE …/{id}</c>, and <c>GET …/{id}/run?format=</c>, which re-runs one as a download through
/// <see cref="StatisticsExportService"/> (so the file is suppressed, recorded in the history and audited like any other).
/// </summary>
/// <remarks>
/// Every call is scoped to the caller's account: another user's id answers 404 exactly like a missing one, so ids
/// cannot be probed. Writes come from programs with a token or from the dashboard's session; the session cookie is
/// SameSite=Lax, so another site cannot make a browser send it with a POST or DELETE.
/// </remarks>
public static class StatisticsDefinitionsApi
{
    /// <summary>The route of the list.</summary>
    public const string Path = ApiPaths.Prefix + "/statistics/definitions";

    /// <summary>The route of one definition.</summary>
    public const string ItemPath = Path + "/{id}";

    /// <summary>The route that re-runs one as a download.</summary>
    public const string RunPath = ItemPath + "/run";

    /// <summary>The query parameter or body property naming a definition.</summary>
    public const string NameParameter = "name";

    /// <summary>The body property holding the definition.</summary>
    public const string DefinitionProperty = "definition";

    /// <summary>Most definitions one user may keep.</summary>
    public const int MaxDefinitionsPerOwner = 200;

    /// <summary>Largest JSON body accepted, in bytes (a definition is at most 16 KiB; the rest is room for the name and spacing).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const string NotFoundWhat = "saved definition";

    /// <summary>Maps the endpoints (every role; the run takes the export rate limit).</summary>
    public static IEndpointRouteBuilder MapStatisticsDefinitionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ListAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Statistics definitions")
            .WithSummary("Your saved statistics definitions")
            .WithDescription("The definitions you saved, most recently updated first, one page at a time. Other users' definitions are never listed.")
            .Produces<PagedResponse<SavedDefinitionResponse>>();
        endpoints.MapPost(Path, SaveAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Statistics definitions")
            .WithSummary("Save a statistics definition under a name")
            .WithDescription("Send either a JSON body {\"name\": …, \"definition\": {statistics-definition/v1}} or, without a body, name and the definition's parameters in the query (as for GET /api/v1/statistics). Saving under a name you already use (ignoring case) replaces that definition. Errors name the field: name, definition, body, or the definition parameter.")
            .Accepts<SaveDefinitionRequest>(isOptional: true, "application/json")
            .Produces<SavedDefinitionResponse>(StatusCodes.Status201Created);
        endpoints.MapGet(ItemPath, FindAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Statistics definitions")
            .WithSummary("One of your saved statistics definitions")
            .WithDescription("Another user's id answers 404 like a missing one.")
            .Produces<SavedDefinitionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapDelete(ItemPath, DeleteAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .WithTags("Statistics definitions")
            .WithSummary("Delete one of your saved statistics definitions")
            .WithDescription("Files already exported from it stay in your export history. Another user's id answers 404 like a missing one.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet(RunPath, RunAsync)
            .RequireAuthorization(AccessPolicies.Aggregates)
            .RequireRateLimiting(ApiRateLimits.ExportsPolicy)
            .WithTags("Statistics definitions")
            .WithSummary("Re-run a saved statistics definition as a download")
            .WithDescription("Builds the saved definition's table from the current data and downloads it as CSV, XLSX or Parquet, exactly like GET /api/v1/statistics/export: small cells suppressed, reproducibility metadata inside, recorded in your export history and the audit trail. The export rate limit applies.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.apache.parquet")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    /// <summary>The address of one definition.</summary>
    public static string LinkFor(string id) => Path + "/" + Uri.EscapeDataString(id);

    /// <summary>The address that re-runs a definition, with <paramref name="format"/> when given.</summary>
    public static string RunLinkFor(string id, ExportFormat? format) =>
        LinkFor(id) + "/run" + (format is { } f ? $"?{StatisticsExportApi.FormatParameter}={StatisticsExportService.FormatName(f)}" : string.Empty);

    private static async Task<Results<Ok<PagedResponse<SavedDefinitionResponse>>, ValidationProblem>> ListAsync(
        HttpContext context,
        IStatisticsDefinitionStore store,
        [Description("Page, from 1 (default 1).")] string? page,
        [Description("Definitions per page, 1 to 1000 (default 100).")] string? pageSize,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (PageRequest.Parse(page, pageSize, errors) is not { } paging)
        {
            return ApiProblems.Validation(errors);
        }

        var all = await store.ListAsync(StatisticsRequests.Owner(context.User), cancellationToken);
        return TypedResults.Ok(StatisticsRequests.Page(
            [.. all.Select(SavedDefinitionResponse.From)],
            paging,
            next => string.Create(CultureInfo.InvariantCulture, $"{Path}?page={next}&pageSize={paging.PageSize}")));
    }

    // The definition's parameters are read from the query as a whole when there is no JSON body; they are declared here
    // as well so the OpenAPI document describes them.
    private static async Task<Results<Created<SavedDefinitionResponse>, ValidationProblem>> SaveAsync(
        HttpContext context,
        IStatisticsDefinitionStore store,
        TimeProvider timeProvider,
        [Description("The definition's name when there is no JSON body (1–100 characters).")] string? name,
        [Description("Without a JSON body: up to three comma-separated dimensions (category, issue, region, merchant, platform, channel, source).")] string? dimensions,
        [Description("Without a JSON body: province (default), city or county.")] string? regionLevel,
        [Description("Without a JSON body: day, week, month or none (default).")] string? granularity,
        [Description("Without a JSON body: first day counted, yyyy-MM-dd.")] string? from,
        [Description("Without a JSON body: last day counted, yyyy-MM-dd.")] string? to,
        [Description("Without a JSON body: only these subject categories (comma-separated).")] string? category,
        [Description("Without a JSON body: only these issue natures (comma-separated).")] string? issue,
        [Description("Without a JSON body: only these consumer regions (comma-separated codes of one level).")] string? region,
        [Description("Without a JSON body: only these merchants (comma-separated keys).")] string? merchant,
        [Description("Without a JSON body: only these platforms (comma-separated).")] string? platform,
        [Description("Without a JSON body: only these intake channels (comma-separated names).")] string? channel,
        [Description("Without a JSON body: only these feeds (comma-separated source ids).")] string? source,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (givenName, definition) = context.Request.HasJsonContentType()
            ? await ReadBodyAsync(context.Request, errors, cancellationToken)
            : (name, StatisticsRequests.Definition(context.Request.Query, errors));
        // A body that could not be read has no name to judge: the body error is the one to fix.
        if (!errors.ContainsKey("body") && !SavedStatisticsDefinition.IsValidName(givenName))
        {
            errors[NameParameter] = [$"name is required: 1–{SavedStatisticsDefinition.MaxNameLength} characters without control characters."];
        }

        var json = definition is null ? null : StatisticsDefinitionJson.Serialize(definition);
        if (json is not null && System.Text.Encoding.UTF8.GetByteCount(json) > SavedStatisticsDefinition.MaxDefinitionBytes)
        {
            errors[DefinitionProperty] = [$"The definition is larger than {SavedStatisticsDefinition.MaxDefinitionBytes} bytes as JSON; list fewer filter keys."];
        }

        var owner = StatisticsRequests.Owner(context.User);
        var existing = errors.Count == 0 ? await store.ListAsync(owner, cancellationToken) : [];
        var normalized = givenName is null ? string.Empty : SavedStatisticsDefinition.NormalizeName(givenName);
        var replacing = existing.FirstOrDefault(d => d.NormalizedName == normalized);
        if (errors.Count == 0 && replacing is null && existing.Count >= MaxDefinitionsPerOwner)
        {
            errors[NameParameter] = [string.Create(CultureInfo.InvariantCulture, $"You have {MaxDefinitionsPerOwner} saved definitions, the most allowed; delete one or save under an existing name.")];
        }

        if (errors.Count > 0 || json is null || givenName is null)
        {
            if (errors.Count == 0)
            {
                errors[DefinitionProperty] = ["A definition is required."];
            }

            return ApiProblems.Validation(errors);
        }

        // Saving under a taken name replaces that definition (the store's rule); keeping its id and creation time
        // keeps links to it working.
        var now = timeProvider.GetUtcNow();
        var saved = new SavedStatisticsDefinition(
            replacing?.Id ?? Guid.CreateVersion7(now).ToString("N"), owner, givenName, json, replacing?.CreatedAt ?? now, now);
        await store.SaveAsync(saved, cancellationToken);
        return TypedResults.Created(LinkFor(saved.Id), SavedDefinitionResponse.From(saved));
    }

    private static async Task<Results<Ok<SavedDefinitionResponse>, ProblemHttpResult>> FindAsync(
        HttpContext context,
        IStatisticsDefinitionStore store,
        [Description("The definition's id.")] string id,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var saved = await store.FindAsync(StatisticsRequests.Owner(context.User), id, cancellationToken);
        return saved is null ? StatisticsRequests.NotFound(NotFoundWhat) : TypedResults.Ok(SavedDefinitionResponse.From(saved));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        HttpContext context,
        IStatisticsDefinitionStore store,
        [Description("The definition's id.")] string id,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        return await store.DeleteAsync(StatisticsRequests.Owner(context.User), id, cancellationToken)
            ? TypedResults.NoContent()
            : StatisticsRequests.NotFound(NotFoundWhat);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> RunAsync(
        HttpContext context,
        IStatisticsDefinitionStore store,
        StatisticsExportService exports,
        [Description("The definition's id.")] string id,
        [Description("File format: csv, xlsx or parquet.")] string? format,
        CancellationToken cancellationToken)
    {
        StatisticsRequests.NoStore(context);
        var saved = await store.FindAsync(StatisticsRequests.Owner(context.User), id, cancellationToken);
        if (saved is null)
        {
            return StatisticsRequests.NotFound(NotFoundWhat);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fileFormat = StatisticsExportService.ParseFormat(format);
        if (fileFormat is null)
        {
            errors[StatisticsExportApi.FormatParameter] = ["format must be csv, xlsx or parquet."];
        }

        if (!StatisticsDefinitionJson.TryParse(saved.DefinitionJson, out var definition, out var problem))
        {
            errors[DefinitionProperty] = ["The saved definition is no longer valid: " + problem + " Save it again."];
        }

        if (errors.Count > 0 || definition is null || fileFormat is null)
        {
            return ApiProblems.Validation(errors);
        }

        var result = await exports.ExportAsync(definition, fileFormat.Value, context.User, cancellationToken);
        if (!result.Succeeded)
        {
            StatisticsRequests.AddAll(errors, result.Errors);
            return ApiProblems.Validation(errors);
        }

        return TypedResults.File(result.Export.Content, result.Export.ContentType, result.Export.Record.FileName);
    }

    // A JSON body {name, definition}; each problem is added under the field it concerns.
    private static async Task<(string? Name, StatisticsDefinition? Definition)> ReadBodyAsync(
        HttpRequest request, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            errors["body"] = [string.Create(CultureInfo.InvariantCulture, $"The body is larger than {MaxBodyBytes} bytes.")];
            return (null, null);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                errors["body"] = [string.Create(CultureInfo.InvariantCulture, $"The body is larger than {MaxBodyBytes} bytes.")];
                return (null, null);
            }

            buffer.Write(chunk, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            // The parser's message could quote the body; say only what is wrong.
            errors["body"] = ["The body is not valid JSON."];
            return (null, null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors["body"] = ["The body must be a JSON object with name and definition."];
                return (null, null);
            }

            string? name = null;
            if (Property(root, NameParameter) is { } nameElement)
            {
                if (nameElement.ValueKind == JsonValueKind.String)
                {
                    name = nameElement.GetString();
                }
                else
                {
                    errors[NameParameter] = ["name must be a string."];
                }
            }

            StatisticsDefinition? definition = null;
            if (Property(root, DefinitionProperty) is not { ValueKind: JsonValueKind.Object } definitionElement)
            {
                errors[DefinitionProperty] = [$"definition is required: an object in the {StatisticsDefinitionJson.Schema} schema."];
            }
            else if (!StatisticsDefinitionJson.TryParse(definitionElement.GetRawText(), out definition, out var problem))
            {
                errors[DefinitionProperty] = [problem];
            }

            return (name, definition);
        }
    }

    private static JsonElement? Property(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
