using System.Security.Claims;
using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Access;

namespace RegulatorHub.Analytics.Tests.Application.Access;

public sealed class UserAccessTests
{
    private readonly AgencyDirectory _directory = AccessSamples.Directory();

    [Fact]
    public void From_RegulatorOfKnownAgency_ReadsEveryClaimAndMaySeeComplaintLevel()
    {
        var user = UserAccess.From(
            AccessSamples.Principal((ClaimTypes.NameIdentifier, "acct-hz-regulator"), (ClaimTypes.Name, "杭州 监管员"), (ClaimTypes.Role, "Regulator"), (RegulatorHubClaims.Agency, "samr-hz")),
            _directory);

        Assert.Equal("acct-hz-regulator", user.AccountId);
        Assert.Equal(UserRole.Regulator, user.Role);
        Assert.Equal("samr-hz", user.AgencyId);
        Assert.Equal(_directory.Find("samr-hz"), user.Agency);
        Assert.True(user.CanSeeComplaintLevel);
    }

    [Theory]
    [InlineData("AgencyAdmin", "samr-hz", true)]
    [InlineData("Analyst", "samr-zj", false)]      // aggregates only, whatever the agency
    [InlineData("Auditor", "samr-zj", false)]
    [InlineData("Regulator", "samr-gz", false)]    // an agency the directory does not know
    [InlineData("regulator", "samr-hz", false)]    // role names are exact
    [InlineData("0", "samr-hz", false)]            // not an enum number either
    public void From_RoleAndAgency_DecideComplaintLevel(string role, string agency, bool expected)
    {
        var user = UserAccess.From(
            AccessSamples.Principal((ClaimTypes.NameIdentifier, "acct-x"), (ClaimTypes.Role, role), (RegulatorHubClaims.Agency, agency)), _directory);

        Assert.Equal(expected, user.CanSeeComplaintLevel);
    }

    [Fact]
    public void From_NotAuthenticated_IsAnonymous()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "Regulator"), new Claim(RegulatorHubClaims.Agency, "samr-hz")]));

        Assert.Same(UserAccess.Anonymous, UserAccess.From(principal, _directory));
        Assert.False(UserAccess.Anonymous.CanSeeComplaintLevel);
    }

    [Fact]
    public void From_TwoDifferentRolesOrAgencies_LeavesThemUnset()
    {
        var twoRoles = UserAccess.From(
            AccessSamples.Principal((ClaimTypes.Role, "Regulator"), (ClaimTypes.Role, "Analyst"), (RegulatorHubClaims.Agency, "samr-hz")), _directory);
        var twoAgencies = UserAccess.From(
            AccessSamples.Principal((ClaimTypes.Role, "Regulator"), (RegulatorHubClaims.Agency, "samr-hz"), (RegulatorHubClaims.Agency, "samr-sh")), _directory);

        Assert.Null(twoRoles.Role);
        Assert.False(twoRoles.CanSeeComplaintLevel);
        Assert.Null(twoAgencies.Agency);
        Assert.False(twoAgencies.CanSeeComplaintLevel);
    }

    [Fact]
    public void From_SameRoleTwiceAndAnUnknownRole_KeepsTheOneRole()
    {
        var user = UserAccess.From(
            AccessSamples.Principal((ClaimTypes.Role, "Regulator"), (ClaimTypes.Role, "Regulator"), (ClaimTypes.Role, "Reader"), (RegulatorHubClaims.Agency, "samr-hz")),
            _directory);

        Assert.Equal(UserRole.Regulator, user.Role);
    }
}
