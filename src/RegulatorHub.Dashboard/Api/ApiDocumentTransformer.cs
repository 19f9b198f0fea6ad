using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// Completes the OpenAPI document: its title and description, and the bearer scheme (personal API tokens) declared and
/// required by every operation. The dashboard's own cookie also works, but it is not for other programs and is not
/// declared.
/// </summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The document's title.</summary>
    public const string Title = "RegulatorHub API";

    /// <summary>The key of the bearer scheme under <c>components.securitySchemes</c>.</summary>
    public const string BearerSchemeKey = "bearer";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info ??= new OpenApiInfo();
        document.Info.Title = Title;
        document.Info.Version = "v1";
        document.Info.Description =
            "Complaint statistics and, for authorized regulators, complaint-level records of their jurisdiction. "
            + "Authenticate with a personal API token (Authorization: Bearer rhk_…, created under /account/tokens). "
            + "Errors are RFC 9457 problem details; a 400 names each offending parameter under errors. "
            + "Requests are rate limited per user; a 429 carries Retry-After in seconds.";

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[BearerSchemeKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "rhk_ personal API token",
            Description = "A personal API token. Only its hash is stored: a lost token cannot be shown again, only revoked and replaced.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchemeKey, document)] = [] });
        return Task.CompletedTask;
    }
}
