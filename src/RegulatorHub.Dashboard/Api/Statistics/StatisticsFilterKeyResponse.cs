namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>A key a filter parameter accepts, with the names people read.</summary>
/// <param name="Key">The key to send (taxonomy code, region code, merchant key, channel name, …).</param>
/// <param name="Name">The Chinese name where one is known, else the key.</param>
/// <param name="NameEn">The English name, when there is one.</param>
/// <param name="Level">For region keys: province, city or county.</param>
public sealed record StatisticsFilterKeyResponse(string Key, string Name, string? NameEn, string? Level);
