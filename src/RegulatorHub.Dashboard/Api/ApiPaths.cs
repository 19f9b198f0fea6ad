namespace RegulatorHub.Dashboard.Api;

/// <summary>Where the HTTP API lives: every path under <see cref="Prefix"/> is a program's, never a browser page.</summary>
public static class ApiPaths
{
    /// <summary>The prefix of every versioned API endpoint.</summary>
    public const string Prefix = "/api/v1";

    /// <summary>The address of the OpenAPI document of version 1.</summary>
    public const string OpenApiDocument = "/openapi/v1.json";

    /// <summary>Whether <paramref name="path"/> is under <see cref="Prefix"/> (case-insensitive, whole segments).</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
