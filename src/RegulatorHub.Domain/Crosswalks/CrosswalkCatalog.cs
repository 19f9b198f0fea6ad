using RegulatorHub.Domain.Embedded;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Domain.Crosswalks;

/// <summary>All crosswalks shipped under <c>Data/crosswalks/</c>, by id.</summary>
public sealed class CrosswalkCatalog
{
    private static readonly Lazy<CrosswalkCatalog> s_default = new(LoadEmbedded);
    private readonly Dictionary<string, Crosswalk> _crosswalks;

    /// <summary>Creates a catalog from already loaded crosswalks.</summary>
    public CrosswalkCatalog(IEnumerable<Crosswalk> crosswalks) =>
        _crosswalks = crosswalks.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>The crosswalks embedded in this assembly, checked against <see cref="ComplaintTaxonomy.Default"/>.</summary>
    public static CrosswalkCatalog Default => s_default.Value;

    /// <summary>Ids of all crosswalks, sorted.</summary>
    public IEnumerable<string> Ids => _crosswalks.Keys.Order(StringComparer.Ordinal);

    /// <summary>Gets a crosswalk by id.</summary>
    /// <exception cref="KeyNotFoundException">No crosswalk has that id.</exception>
    public Crosswalk Get(string id) =>
        _crosswalks.TryGetValue(id, out var crosswalk)
            ? crosswalk
            : throw new KeyNotFoundException($"No crosswalk named '{id}' is shipped (Data/crosswalks/{id}.json).");

    private static CrosswalkCatalog LoadEmbedded()
    {
        var crosswalks = new List<Crosswalk>();
        foreach (var path in EmbeddedData.List("crosswalks").Where(p => p.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = EmbeddedData.Open(path);
            var id = Path.GetFileNameWithoutExtension(path);
            crosswalks.Add(Crosswalk.Load(id, stream, ComplaintTaxonomy.Default));
        }

        return new CrosswalkCatalog(crosswalks);
    }
}
