namespace RegulatorHub.Application.Access;

/// <summary>One entry of <c>Access:Agencies</c>.</summary>
public sealed class AgencyOptions
{
    /// <summary><c>Access:Agencies:N:Id</c>: stable id, 1–64 of a-z, 0-9 and <c>-</c> (<c>samr-hz</c>).</summary>
    public string? Id { get; set; }

    /// <summary><c>Access:Agencies:N:Name</c>: the agency's name (<c>杭州市市场监督管理局</c>).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// <c>Access:Agencies:N:Jurisdictions</c>: GB/T 2260 region codes at any level (<c>330000</c> a province,
    /// <c>330100</c> a city, <c>330106</c> a county) or US state codes (<c>US-CA</c>); each covers itself and every
    /// region under it.
    /// </summary>
    public List<string> Jurisdictions { get; } = [];
}
