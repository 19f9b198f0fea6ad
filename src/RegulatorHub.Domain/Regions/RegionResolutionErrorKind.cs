namespace RegulatorHub.Domain.Regions;

/// <summary>Why <see cref="RegionGazetteer.Resolve"/> could not resolve one of its inputs.</summary>
public enum RegionResolutionErrorKind
{
    /// <summary>No error: the resolution succeeded (or the value is <see langword="default"/>).</summary>
    None,

    /// <summary>All three inputs were empty.</summary>
    NoInput,

    /// <summary>The name matches no region of the expected level anywhere in the gazetteer.</summary>
    UnknownName,

    /// <summary>The name matches several regions and the inputs above it do not tell them apart.</summary>
    Ambiguous,

    /// <summary>The name matches regions, but none of them lies within the region resolved from the inputs above it.</summary>
    NotInParent,
}
