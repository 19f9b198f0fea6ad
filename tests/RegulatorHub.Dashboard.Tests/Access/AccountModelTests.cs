using System.Security.Claims;
using RegulatorHub.Application.Access;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

public sealed class AccountModelTests
{
    [Fact]
    public void DemoAccounts_MatchTheSharedContract()
    {
        var expected = new (string User, string Role, string Agency)[]
        {
            ("hz.regulator", "Regulator", "samr-hz"), ("hz.admin", "AgencyAdmin", "samr-hz"), ("sh.regulator", "Regulator", "samr-sh"),
            ("sz.regulator", "Regulator", "samr-sz"), ("bj.regulator", "Regulator", "samr-bj"), ("zj.regulator", "Regulator", "samr-zj"),
            ("analyst", "Analyst", "samr-zj"), ("auditor", "Auditor", "samr-zj"),
        };

        Assert.Equal(expected, DemoAccounts.All.Select(a => (a.UserName, a.Role, a.AgencyId)));
        Assert.Equal("acct-hz-regulator", DemoAccounts.All[0].Id);
        Assert.Equal("hz.regulator-demo", DemoAccounts.All[0].Password);
        Assert.Equal("acct-analyst", DemoAccounts.Find("ANALYST")?.Id);
    }

    [Theory]
    [InlineData("", AccountRoles.Regulator, "userName")]
    [InlineData("has space", AccountRoles.Regulator, "userName")]
    [InlineData("ok", "Superuser", "role")]
    [InlineData("ok", "regulator", "role")]
    public void LocalAccount_Invalid_IsRefusedNamingTheParameter(string userName, string role, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => new LocalAccount("acct-1", userName, "Name", role, "samr-hz", "hash"));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void LocalAccount_ToString_LeavesOutTheHashAndUserName()
    {
        var text = new LocalAccount("acct-1", "wang.wei", "Wang Wei", AccountRoles.Auditor, "samr-zj", "AQAAAAIAAYagAAAAEsecrethash").ToString();

        Assert.DoesNotContain("secrethash", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wang", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("acct-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountClaims_For_GivesTheContractClaims()
    {
        var principal = AccountClaims.For(new LocalAccount("acct-hz-regulator", "hz.regulator", "Hangzhou", AccountRoles.Regulator, "samr-hz", "hash"));

        Assert.Equal(
            [(ClaimTypes.NameIdentifier, "acct-hz-regulator"), (ClaimTypes.Name, "Hangzhou"), (ClaimTypes.Role, "Regulator"), ("regulatorhub:agency", "samr-hz")],
            principal.Claims.Select(c => (c.Type, c.Value)));
        Assert.Equal(AccountClaims.LocalAuthenticationType, principal.Identity!.AuthenticationType);
        Assert.Equal("acct-hz-regulator", AccountClaims.AccountId(principal));
        Assert.Equal(ISignInEvents.UnknownAccount, AccountClaims.AccountId(new ClaimsPrincipal()));
    }

    [Fact]
    public void AccessPolicies_AdmitTheRolesOfTheBrief()
    {
        Assert.Equal(["Regulator", "AgencyAdmin"], AccessPolicies.RolesFor(AccessPolicies.Staff));
        Assert.Equal(["Regulator", "AgencyAdmin", "Analyst", "Auditor"], AccessPolicies.RolesFor(AccessPolicies.Aggregates));
        Assert.Equal(["Auditor"], AccessPolicies.RolesFor(AccessPolicies.Auditor));
        Assert.Throws<ArgumentException>(() => AccessPolicies.RolesFor("Everyone"));
    }
}
