namespace RegulatorHub.Application.Access;

/// <summary>The demo accounts of the local sample (the shared contract: agencies as in the dashboard's appsettings.json).</summary>
public static class DemoAccounts
{
    /// <summary>Every demo account.</summary>
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("hz.regulator", "Hangzhou regulator (demo)", AccountRoles.Regulator, "samr-hz"),
        new("hz.admin", "Hangzhou agency admin (demo)", AccountRoles.AgencyAdmin, "samr-hz"),
        new("sh.regulator", "Shanghai regulator (demo)", AccountRoles.Regulator, "samr-sh"),
        new("sz.regulator", "Shenzhen regulator (demo)", AccountRoles.Regulator, "samr-sz"),
        new("bj.regulator", "Beijing regulator (demo)", AccountRoles.Regulator, "samr-bj"),
        new("zj.regulator", "Zhejiang regulator (demo)", AccountRoles.Regulator, "samr-zj"),
        new("analyst", "Policy analyst (demo)", AccountRoles.Analyst, "samr-zj"),
        new("auditor", "Auditor (demo)", AccountRoles.Auditor, "samr-zj"),
    ];

    /// <summary>The demo account named <paramref name="userName"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static DemoAccount? Find(string userName) =>
        All.FirstOrDefault(a => a.UserName == LocalAccount.NormalizeUserName(userName));
}
