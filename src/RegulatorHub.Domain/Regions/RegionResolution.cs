namespace RegulatorHub.Domain.Regions;

/// <summary>The outcome of <see cref="RegionGazetteer.Resolve"/>: a region, or an error naming the input that failed.</summary>
/// <remarks>
/// <para>Invariants:</para>
/// <list type="bullet">
/// <item>On success, <see cref="Region"/> is non-null, <see cref="Error"/> and <see cref="FailedField"/> are
/// <see langword="null"/>, and <see cref="ErrorKind"/> is <see cref="RegionResolutionErrorKind.None"/>.</item>
/// <item>On failure, <see cref="Region"/> is <see langword="null"/>, <see cref="Error"/> is a non-empty English
/// message that quotes the failing input, <see cref="FailedField"/> names that input and <see cref="ErrorKind"/> says
/// why. <see cref="ResolvedAncestor"/> is the most specific region resolved from the inputs above the failing one,
/// when there is one.</item>
/// <item>The <see langword="default"/> value is neither: not succeeded, with no error. Only
/// <see cref="RegionGazetteer.Resolve"/> creates the other two shapes.</item>
/// </list>
/// </remarks>
public readonly record struct RegionResolution
{
    private RegionResolution(
        Region? region,
        string? error,
        RegionInputField? failedField,
        RegionResolutionErrorKind errorKind,
        Region? resolvedAncestor)
    {
        Region = region;
        Error = error;
        FailedField = failedField;
        ErrorKind = errorKind;
        ResolvedAncestor = resolvedAncestor;
    }

    /// <summary>The most specific region the inputs resolve to; <see langword="null"/> on failure.</summary>
    public Region? Region { get; }

    /// <summary>Why resolution failed, naming the input; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>The input that could not be resolved; <see langword="null"/> on success.</summary>
    public RegionInputField? FailedField { get; }

    /// <summary>The category of the failure; <see cref="RegionResolutionErrorKind.None"/> on success.</summary>
    public RegionResolutionErrorKind ErrorKind { get; }

    /// <summary>
    /// On failure, the most specific region resolved from the inputs above the failing one (for example the province when
    /// the city failed); otherwise <see langword="null"/>.
    /// </summary>
    public Region? ResolvedAncestor { get; }

    /// <summary>Whether <see cref="Region"/> holds the resolved region.</summary>
    public bool Succeeded => Region is not null;

    /// <summary>Returns the region code, or the error.</summary>
    public override string ToString() => Region?.ToString() ?? Error ?? "(unresolved)";

    internal static RegionResolution Success(Region region) =>
        new(region, null, null, RegionResolutionErrorKind.None, null);

    internal static RegionResolution Failure(
        RegionInputField field,
        RegionResolutionErrorKind kind,
        string error,
        Region? resolvedAncestor) =>
        new(null, error, field, kind, resolvedAncestor);
}
