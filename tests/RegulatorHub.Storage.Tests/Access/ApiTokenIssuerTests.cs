using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using RegulatorHub.Application.Access;
using RegulatorHub.Testing.Access;

namespace RegulatorHub.Storage.Tests.Access;

public sealed class ApiTokenIssuerTests
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly InMemoryApiTokenStore _store = new();
    private readonly FakeTimeProvider _clock = new(s_now);
    private readonly ApiTokenIssuer _issuer;

    public ApiTokenIssuerTests() => _issuer = new ApiTokenIssuer(_store, _clock, new CountingRandom());

    [Fact]
    public async Task Issue_DefaultLifetime_StoresTheHashAndReturnsTheSecretOnce()
    {
        var result = await _issuer.IssueAsync("analyst.li", " 季度报表脚本 ", null, CancellationToken.None);

        Assert.True(result.Succeeded, result.ToString());
        var (token, secret) = (result.Token, result.Secret);
        Assert.StartsWith("rhk_", secret, StringComparison.Ordinal);
        Assert.Equal(ApiTokenIssuer.SecretLength, secret.Length);
        Assert.True(ApiTokenIssuer.IsWellFormed(secret));
        Assert.Equal((ApiTokenIssuer.HashOf(secret), secret[..8], "季度报表脚本"), (token.Hash, token.Prefix, token.Name));
        Assert.Equal((s_now, s_now.AddDays(90), "analyst.li"), (token.CreatedAt, token.ExpiresAt, token.Owner));
        Assert.Equal((null, null), (token.RevokedAt, token.LastUsedAt));
        var stored = Assert.Single(await _store.ListAsync("analyst.li", CancellationToken.None));
        Assert.Equal(token, stored);
        Assert.DoesNotContain(secret, stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issue_TwoTokens_HaveDifferentSecretsHashesAndIds()
    {
        var first = await _issuer.IssueAsync("analyst.li", "a", null, CancellationToken.None);
        var second = await _issuer.IssueAsync("analyst.li", "a", null, CancellationToken.None);

        Assert.NotEqual(first.Secret, second.Secret);
        Assert.NotEqual(first.Token!.Hash, second.Token!.Hash);
        Assert.NotEqual(first.Token.Id, second.Token.Id);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(365.0)]
    [InlineData(30.5)]
    public async Task Issue_LifetimeWithinOneTo365Days_IsIssuedForThatLong(double days)
    {
        var result = await _issuer.IssueAsync("analyst.li", "a", TimeSpan.FromDays(days), CancellationToken.None);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(s_now.AddDays(days), result.Token.ExpiresAt);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.99)]
    [InlineData(-5.0)]
    [InlineData(365.01)]
    public async Task Issue_LifetimeOutOfRange_IsRefusedNamingLifetime(double days)
    {
        var result = await _issuer.IssueAsync("analyst.li", "a", TimeSpan.FromDays(days), CancellationToken.None);

        Assert.Equal((ApiTokenIssueStatus.InvalidParameter, "lifetime"), (result.Status, result.Parameter));
        Assert.Contains("lifetime", result.Message, StringComparison.Ordinal);
        Assert.Null(result.Secret);
        Assert.Empty(await _store.ListAsync("analyst.li", CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("line\nbreak")]
    public async Task Issue_BadName_IsRefusedNamingName(string name)
    {
        var result = await _issuer.IssueAsync("analyst.li", name, null, CancellationToken.None);

        Assert.Equal((ApiTokenIssueStatus.InvalidParameter, "name"), (result.Status, result.Parameter));
        Assert.Empty(await _store.ListAsync("analyst.li", CancellationToken.None));
    }

    [Fact]
    public async Task Issue_NameOf101Characters_IsRefusedNamingName()
    {
        var result = await _issuer.IssueAsync("analyst.li", new string('名', 101), null, CancellationToken.None);

        Assert.Equal((ApiTokenIssueStatus.InvalidParameter, "name"), (result.Status, result.Parameter));
    }

    [Fact]
    public async Task Issue_TenActiveTokens_RefusesAnotherUntilOneIsRevokedOrExpires()
    {
        for (var i = 0; i < 10; i++)
        {
            var lifetime = TimeSpan.FromDays(i == 0 ? 2 : 90);
            Assert.True((await _issuer.IssueAsync("analyst.li", "t" + i, lifetime, CancellationToken.None)).Succeeded);
        }

        var eleventh = await _issuer.IssueAsync("analyst.li", "t10", null, CancellationToken.None);
        var otherOwner = await _issuer.IssueAsync("analyst.wang", "t0", null, CancellationToken.None);
        var tokens = await _store.ListAsync("analyst.li", CancellationToken.None);
        await _store.RevokeAsync("analyst.li", tokens.First(t => t.ExpiresAt > s_now.AddDays(2)).Id, s_now, CancellationToken.None);
        var afterRevoke = await _issuer.IssueAsync("analyst.li", "t11", null, CancellationToken.None);
        var full = await _issuer.IssueAsync("analyst.li", "t12", null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(2));
        var afterExpiry = await _issuer.IssueAsync("analyst.li", "t13", null, CancellationToken.None);

        Assert.Equal((ApiTokenIssueStatus.TooManyActiveTokens, null), (eleventh.Status, eleventh.Parameter));
        Assert.True(otherOwner.Succeeded);
        Assert.True(afterRevoke.Succeeded);
        Assert.Equal(ApiTokenIssueStatus.TooManyActiveTokens, full.Status);
        Assert.True(afterExpiry.Succeeded);
        Assert.Equal(12, (await _store.ListAsync("analyst.li", CancellationToken.None)).Count);
    }

    [Fact]
    public void HashOf_KnownInput_IsLowerCaseSha256Hex()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenIssuer.HashOf("abc"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("rhk_")]
    [InlineData("rhx_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("rhk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("rhk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("rhk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+A")]
    public void IsWellFormed_NotAnIssuedShape_IsFalse(string? secret)
    {
        Assert.False(ApiTokenIssuer.IsWellFormed(secret));
    }

    /// <summary>Different bytes on every call, so secrets differ, without depending on real randomness.</summary>
    internal sealed class CountingRandom : RandomNumberGenerator
    {
        private byte _next;

        public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

        public override void GetBytes(Span<byte> data)
        {
            _next++;
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(_next * 31 + i);
            }
        }
    }
}
