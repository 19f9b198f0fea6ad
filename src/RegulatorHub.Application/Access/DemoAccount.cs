namespace RegulatorHub.Application.Access;

/// <summary>
/// One account of the local sample. Its password is public (<see cref="Password"/>): demo accounts exist for trying the
/// dashboard on the embedded store and are created only when <c>Access:DemoAccounts</c> is on.
/// </summary>
/// <param name="UserName">Sign-in name, e.g. <c>hz.regulator</c>.</param>
/// <param name="DisplayName">Shown in the dashboard.</param>
/// <param name="Role">One of <see cref="AccountRoles.All"/>.</param>
/// <param name="AgencyId">Agency id (<c>Access:Agencies</c>).</param>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string AgencyId)
{
    /// <summary>What every demo password ends with, after the user name.</summary>
    public const string PasswordSuffix = "-demo";

    /// <summary>The account id: <c>acct-</c> and the user name with '.' replaced by '-'.</summary>
    public string Id => "acct-" + UserName.Replace('.', '-');

    /// <summary>The published password: the user name followed by <see cref="PasswordSuffix"/>.</summary>
    public string Password => UserName + PasswordSuffix;

    /// <summary>The account with <paramref name="passwordHash"/> (the hash of <see cref="Password"/>).</summary>
    public LocalAccount ToAccount(string passwordHash) => new(Id, UserName, DisplayName, Role, AgencyId, passwordHash);
}
