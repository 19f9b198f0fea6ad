using System.Reflection;

namespace RegulatorHub.Application.Statistics;

/// <summary>The software that produced a table, written into its metadata so a file can be traced to a build.</summary>
/// <param name="Name">The product name.</param>
/// <param name="Version">The informational version (version and commit).</param>
public sealed record StatisticsGenerator(string Name, string Version)
{
    /// <summary>This build: the entry assembly's informational version, or the Application assembly's when there is none.</summary>
    public static StatisticsGenerator Current { get; } = new("RegulatorHub", VersionOf(Assembly.GetEntryAssembly()) ?? VersionOf(typeof(StatisticsGenerator).Assembly) ?? "unknown");

    private static string? VersionOf(Assembly? assembly) =>
        assembly?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? assembly?.GetName().Version?.ToString();
}
