namespace RegulatorHub.Domain.Embedded;

/// <summary>Opens the data files shipped inside this assembly (taxonomy, crosswalks, gazetteers).</summary>
public static class EmbeddedData
{
    private const string Prefix = "RegulatorHub.Domain.Data.";

    /// <summary>Opens a data file by its path under <c>Data/</c>, e.g. <c>crosswalks/cfpb-product.json</c>.</summary>
    /// <exception cref="FileNotFoundException">No such file was embedded.</exception>
    public static Stream Open(string relativePath)
    {
        var name = Prefix + relativePath.Replace('\\', '/');
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Embedded data file '{relativePath}' is missing from the build.", relativePath);
    }

    /// <summary>Lists embedded data files under a folder of <c>Data/</c>, as paths relative to <c>Data/</c>.</summary>
    public static IReadOnlyList<string> List(string folder) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + "/", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}
