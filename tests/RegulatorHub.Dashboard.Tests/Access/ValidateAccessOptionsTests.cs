using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

public sealed class ValidateAccessOptionsTests
{
    private static ValidateAccessOptions Validator(string provider) => new(Options.Create(new StorageOptions { Provider = provider }));

    [Fact]
    public void DemoAccounts_UnsetWithCosmos_IsRefusedNamingTheKey()
    {
        var result = Validator(StorageOptions.CosmosProvider).Validate(null, new AccountOptions());

        Assert.True(result.Failed);
        Assert.StartsWith("Access:DemoAccounts", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorageOptions.CosmosProvider, true)]
    [InlineData(StorageOptions.CosmosProvider, false)]
    [InlineData(StorageOptions.SqliteProvider, null)]
    [InlineData(StorageOptions.SqliteProvider, false)]
    public void DemoAccounts_ExplicitOrEmbedded_IsAccepted(string provider, bool? demoAccounts)
    {
        Assert.True(Validator(provider).Validate(null, new AccountOptions { DemoAccounts = demoAccounts }).Succeeded);
    }

    [Theory]
    [InlineData(StorageOptions.SqliteProvider, null, true)]
    [InlineData(StorageOptions.SqliteProvider, false, false)]
    [InlineData(StorageOptions.CosmosProvider, null, false)]
    [InlineData(StorageOptions.CosmosProvider, true, true)]
    public void DemoAccountsEnabled_DefaultsOnOnlyForTheEmbeddedStore(string provider, bool? demoAccounts, bool enabled)
    {
        Assert.Equal(enabled, new AccountOptions { DemoAccounts = demoAccounts }.DemoAccountsEnabled(provider));
    }

    [Fact]
    public void Oidc_NotConfigured_IsAccepted()
    {
        Assert.True(Validator(StorageOptions.SqliteProvider).Validate(null, new OidcOptions()).Succeeded);
    }

    [Fact]
    public void Oidc_AuthorityWithoutClient_NamesEachMissingKeyWithoutTheSecret()
    {
        var result = Validator(StorageOptions.SqliteProvider).Validate(null, new OidcOptions { Authority = "https://login.example.org/", RoleClaim = " ", AgencyClaim = "" });

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Authentication:Oidc:ClientId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Authentication:Oidc:ClientSecret", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Authentication:Oidc:RoleClaim", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Authentication:Oidc:AgencyClaim", StringComparison.Ordinal));
    }

    [Fact]
    public void Oidc_Complete_IsAcceptedAndTheSecretNeverEchoed()
    {
        var validator = Validator(StorageOptions.SqliteProvider);
        var complete = new OidcOptions { Authority = "https://login.example.org/realms/samr", ClientId = "dashboard", ClientSecret = "s3cret-value" };

        var ok = validator.Validate(null, complete);
        var bad = validator.Validate(null, new OidcOptions { Authority = "not a url", ClientId = "dashboard", ClientSecret = "s3cret-value" });

        Assert.True(ok.Succeeded);
        Assert.StartsWith("Authentication:Oidc:Authority", bad.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", bad.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Oidc_HttpAuthority_RefusedUnlessHttpsMetadataIsOff()
    {
        var validator = Validator(StorageOptions.SqliteProvider);
        var http = new OidcOptions { Authority = "http://127.0.0.1:8080/realms/test", ClientId = "dashboard", ClientSecret = "x" };

        var refused = validator.Validate(null, http);
        http.RequireHttpsMetadata = false;
        var allowed = validator.Validate(null, http);

        Assert.Contains("Authentication:Oidc:RequireHttpsMetadata", refused.FailureMessage, StringComparison.Ordinal);
        Assert.True(allowed.Succeeded);
    }

    [Fact]
    public void Oidc_ClientIdWithoutAuthority_NamesTheAuthority()
    {
        var result = Validator(StorageOptions.SqliteProvider).Validate(null, new OidcOptions { ClientId = "dashboard" });

        Assert.StartsWith("Authentication:Oidc:Authority", result.FailureMessage, StringComparison.Ordinal);
    }
}
