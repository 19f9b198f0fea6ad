using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// Adds the answers every API operation can give whatever the endpoint declares: 401 (no or rejected credentials),
/// 403 (role or jurisdiction) and 429 (rate limit, with <c>Retry-After</c>), each a problem details body. An endpoint
/// that declares one of them itself keeps its own.
/// </summary>
public sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        operation.Responses ??= [];
        Add(operation.Responses, StatusCodes.Status401Unauthorized, "No credentials, or a token that is invalid or expired.", problem);
        Add(operation.Responses, StatusCodes.Status403Forbidden, "Your role or agency may not use this endpoint or record.", problem);
        var tooMany = Add(operation.Responses, StatusCodes.Status429TooManyRequests, "Rate limit reached; retry after the seconds in Retry-After.", problem);
        if (tooMany is not null)
        {
            tooMany.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Whole seconds to wait before the next request.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            };
        }
    }

    private static OpenApiResponse? Add(OpenApiResponses responses, int status, string description, OpenApiSchema schema)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (responses.ContainsKey(key))
        {
            return null;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = schema },
            },
        };
        responses[key] = response;
        return response;
    }
}
