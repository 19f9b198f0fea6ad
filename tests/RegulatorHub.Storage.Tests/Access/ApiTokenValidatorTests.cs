using Microsoft.Extensions.Time.Testing;
using RegulatorHub.Application.Access;
using RegulatorHub.Testing.Access;

namespace RegulatorHub.Storage.Tests.Access;

public sealed class ApiTokenValidatorTests
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly InMemoryApiTokenStore _store = new();
    private readonly FakeTimeProvider _clock = new(s_now);
    private readonly ApiTokenIssuer _issuer;
    private readonly ApiTokenValidator _validator;

    public ApiTokenValidatorTests()
    {
        _issuer = new ApiTokenIssuer(_store, _clock, new ApiTokenIssuerTests.CountingRandom());
        _validator = new ApiTokenValidator(_store, _clock);
    }

    private async Task<ApiTokenIssueResult> IssueAsync(double days = 30) =>
        await _issuer.IssueAsync("analyst.li", "脚本", TimeSpan.FromDays(days), CancellationToken.None);

    [Fact]
    public async Task Validate_IssuedSecret_IsValidForItsOwnerAndRecordsTheUse()
    {
        var issued = await IssueAsync();
        _clock.Advance(TimeSpan.FromHours(1));

        var result = await _validator.ValidateAsync(issued.Secret, CancellationToken.None);

        Assert.True(result.IsValid);
        Assert.Equal((ApiTokenValidationStatus.Valid, issued.Token!.Id, "analyst.li"), (result.Status, result.Token.Id, result.Token.Owner));
        Assert.Equal(s_now.AddHours(1), (await _store.FindByHashAsync(issued.Token.Hash, CancellationToken.None))!.LastUsedAt);
    }

    [Fact]
    public async Task Validate_RepeatedWithinAMinute_TouchesTheStoreOnce()
    {
        var issued = await IssueAsync();

        await _validator.ValidateAsync(issued.Secret, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(59));
        await _validator.ValidateAsync(issued.Secret, CancellationToken.None);
        var touchesWithinAMinute = _store.Touches;
        _clock.Advance(TimeSpan.FromSeconds(1));
        await _validator.ValidateAsync(issued.Secret, CancellationToken.None);

        Assert.Equal(1, touchesWithinAMinute);
        Assert.Equal(2, _store.Touches);
        Assert.Equal(s_now.AddMinutes(1), (await _store.FindByHashAsync(issued.Token!.Hash, CancellationToken.None))!.LastUsedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer rhk_")]
    [InlineData("rhk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Validate_MissingMalformedOrNeverIssued_IsUnknownWithoutAToken(string? secret)
    {
        await IssueAsync();

        var result = await _validator.ValidateAsync(secret, CancellationToken.None);

        Assert.Equal(ApiTokenValidation.Unknown, result);
        Assert.False(result.IsValid);
        Assert.Equal(0, _store.Touches);
    }

    [Fact]
    public async Task Validate_OneCharacterChanged_IsUnknown()
    {
        var issued = await IssueAsync();
        var secret = issued.Secret!;
        var altered = secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(ApiTokenValidationStatus.Unknown, (await _validator.ValidateAsync(altered, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Validate_AtAndAfterExpiry_IsExpired()
    {
        var issued = await IssueAsync(days: 1);
        _clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromTicks(1));
        var justBefore = await _validator.ValidateAsync(issued.Secret, CancellationToken.None);
        _clock.Advance(TimeSpan.FromTicks(1));

        var atExpiry = await _validator.ValidateAsync(issued.Secret, CancellationToken.None);

        Assert.Equal(ApiTokenValidationStatus.Valid, justBefore.Status);
        Assert.Equal((ApiTokenValidationStatus.Expired, issued.Token!.Id), (atExpiry.Status, atExpiry.Token?.Id));
        Assert.False(atExpiry.IsValid);
    }

    [Fact]
    public async Task Validate_Revoked_IsRevokedEvenAfterExpiry()
    {
        var issued = await IssueAsync(days: 1);
        await _store.RevokeAsync("analyst.li", issued.Token!.Id, s_now.AddHours(1), CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(2));
        var revoked = await _validator.ValidateAsync(issued.Secret, CancellationToken.None);
        _clock.Advance(TimeSpan.FromDays(2));

        var revokedAndExpired = await _validator.ValidateAsync(issued.Secret, CancellationToken.None);

        Assert.Equal(ApiTokenValidationStatus.Revoked, revoked.Status);
        Assert.Equal(ApiTokenValidationStatus.Revoked, revokedAndExpired.Status);
        Assert.Equal(0, _store.Touches);
    }
}
