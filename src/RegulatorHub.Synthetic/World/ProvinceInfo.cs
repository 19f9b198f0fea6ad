namespace RegulatorHub.Synthetic.World;

/// <summary>A mainland province as the generator uses it: gazetteer names plus the built-in profile.</summary>
internal sealed record ProvinceInfo(string Code, string NameZh, ProvinceProfile Profile, long Residents)
{
    /// <summary>Hotline source id, e.g. <c>12315-zj</c>.</summary>
    public string HotlineSource { get; } = "12315-" + Profile.Iso;

    /// <summary>Upper-case prefix of hotline case ids, e.g. <c>ZJ</c>.</summary>
    public string CasePrefix { get; } = Profile.Iso.ToUpperInvariant();
}
