using System.Security.Claims;
using RegulatorHub.Application.Access;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

public sealed class OidcClaimsMapperTests
{
    private static ClaimsPrincipal Token(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));

    [Fact]
    public void Map_ConfiguredClaimNames_GivesTheContractClaimsOnly()
    {
        var options = new OidcOptions { RoleClaim = "samr_role", AgencyClaim = "samr_agency", DisplayNameClaim = "display" };
        var token = Token(("sub", "8f14e45f"), ("display", "王 监管"), ("samr_role", "Regulator"), ("samr_role", "Superuser"),
            ("samr_agency", "samr-hz"), ("email", "wang@example.gov.cn"), ("phone_number", "13800000000"));

        var identity = OidcClaimsMapper.Map(token, options)!;

        Assert.Equal(AccountClaims.OidcAuthenticationType, identity.AuthenticationType);
        Assert.Equal(
            [(ClaimTypes.NameIdentifier, "8f14e45f"), (ClaimTypes.Name, "王 监管"), (ClaimTypes.Role, "Regulator"), (RegulatorHubClaims.Agency, "samr-hz")],
            identity.Claims.Select(c => (c.Type, c.Value)));
        Assert.Equal("王 监管", identity.Name);
        Assert.True(new ClaimsPrincipal(identity).IsInRole(AccountRoles.Regulator));
    }

    [Fact]
    public void Map_NoNameNoAgency_UsesTheSubjectAndLeavesTheAgencyOut()
    {
        var identity = OidcClaimsMapper.Map(Token(("sub", "8f14e45f"), ("roles", "Analyst")), new OidcOptions())!;

        Assert.Equal("8f14e45f", identity.Name);
        Assert.Null(identity.FindFirst(RegulatorHubClaims.Agency));
        Assert.Equal("Analyst", identity.FindFirst(ClaimTypes.Role)?.Value);
    }

    [Fact]
    public void Map_NoSubject_GivesNothing()
    {
        Assert.Null(OidcClaimsMapper.Map(Token(("name", "x"), ("roles", "Regulator")), new OidcOptions()));
    }
}
